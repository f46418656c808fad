package org.rehabplan.patient.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;

/** One restriction being edited: its type, the kg or exercise it needs, and an optional end week. */
class RestrictionRow extends HorizontalLayout {

    final Select<RestrictionType> type = new Select<>();
    final NumberField maxKg = new NumberField(getTranslation("restriction.row.kg"));
    final ComboBox<Exercise> exercise = new ComboBox<>(getTranslation("restriction.row.exercise"));
    final IntegerField untilWeek = new IntegerField(getTranslation("restriction.row.until"));
    final Button remove = new Button(VaadinIcon.TRASH.create());

    RestrictionRow(List<Exercise> exercises, Restriction restriction, Runnable onRemove) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("rp-restriction-row");
        type.setLabel(getTranslation("restriction.row.type"));
        type.setItems(RestrictionType.values());
        type.setItemLabelGenerator(org.rehabplan.base.ui.DisplayFormats::label);
        type.setWidth("16em");
        maxKg.setStep(0.5);
        maxKg.setMin(0);
        maxKg.setWidth("8em");
        maxKg.setSuffixComponent(new com.vaadin.flow.component.html.Span("kg"));
        exercise.setItems(exercises);
        exercise.setItemLabelGenerator(e -> org.rehabplan.base.ui.ReasonLabels.exerciseName(e.id(), e.name())
                + " (" + e.id() + ")");
        exercise.setWidth("22em");
        untilWeek.setMin(0);
        untilWeek.setWidth("14em");
        untilWeek.setPlaceholder(getTranslation("restriction.row.whole"));
        countWeeksAs(getTranslation("restriction.row.anchor"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("restriction.row.remove"));
        remove.setTooltipText(getTranslation("restriction.row.remove.tip"));
        remove.addClickListener(e -> onRemove.run());
        type.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        add(type, maxKg, exercise, untilWeek, remove);
        if (restriction != null) {
            type.setValue(restriction.type());
            maxKg.setValue(restriction.maxKg());
            exercise.setValue(restriction.exerciseId() == null ? null : exercises.stream()
                    .filter(x -> x.id().equals(restriction.exerciseId())).findFirst().orElse(null));
            untilWeek.setValue(restriction.untilWeek());
        }
        showFieldsFor(type.getValue());
    }

    private void showFieldsFor(RestrictionType value) {
        maxKg.setVisible(value == RestrictionType.LIFT_LIMIT);
        exercise.setVisible(value == RestrictionType.EXCLUDE_EXERCISE);
    }

    Restriction read() {
        RestrictionType t = type.getValue();
        return new Restriction(t, t == RestrictionType.LIFT_LIMIT ? maxKg.getValue() : null,
                t == RestrictionType.EXCLUDE_EXERCISE && exercise.getValue() != null ? exercise.getValue().id() : null,
                untilWeek.getValue(), null);
    }

    /** Says what the end week counts: "weeks after the fracture" (the patient's protocol's words). */
    void countWeeksAs(String weeksAfter) {
        untilWeek.setHelperText(getTranslation("restriction.row.whole.help", weeksAfter));
    }

    /** Shows a problem on the field it belongs to ("type", "maxKg", "exerciseId", "untilWeek"). */
    void showProblem(String field, String message) {
        switch (field) {
            case "type" -> { type.setInvalid(true); type.setErrorMessage(message); }
            case "maxKg" -> { maxKg.setInvalid(true); maxKg.setErrorMessage(message); }
            case "exerciseId" -> { exercise.setInvalid(true); exercise.setErrorMessage(message); }
            case "untilWeek" -> { untilWeek.setInvalid(true); untilWeek.setErrorMessage(message); }
            default -> { type.setInvalid(true); type.setErrorMessage(message); }
        }
    }

    long invalidFieldCount() {
        return java.util.stream.Stream.of(type.isInvalid(), maxKg.isInvalid(), exercise.isInvalid(),
                untilWeek.isInvalid()).filter(b -> b).count();
    }

    void clearProblems() {
        type.setInvalid(false);
        maxKg.setInvalid(false);
        exercise.setInvalid(false);
        untilWeek.setInvalid(false);
    }
}
