package org.rehabplan.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.rehabplan.plan.EditedDose;
import org.rehabplan.planning.service.DoseChoices.Part;
import org.rehabplan.planning.service.DoseChoices;

/**
 * Sets an exercise's dose this week by hand. Each part (sets, repetitions, hold, minutes) offers only the values that
 * keep the plan safe with the other parts as chosen: inside the exercise's range, within the session time and the
 * pain cap. Changing one part narrows the others at once.
 */
class DoseDialog extends Dialog {

    final Map<Part, Select<Integer>> parts = new EnumMap<>(Part.class);
    final Button apply = new Button();
    final Paragraph time = new Paragraph();
    private final DoseChoices choices;
    private EditedDose dose;
    private boolean updating;

    DoseDialog(String exerciseName, DoseChoices choices, Consumer<EditedDose> onApply) {
        this.choices = choices;
        this.dose = choices.current();
        setHeaderTitle(getTranslation("dose.title", exerciseName, choices.week()));
        setMaxWidth("42em"); // a readable line length, not the whole screen
        HorizontalLayout fields = new HorizontalLayout();
        fields.setWrap(true);
        for (Part part : choices.parts()) {
            Select<Integer> select = new Select<>();
            select.setLabel(getTranslation("dose.part." + part.name()));
            select.addValueChangeListener(e -> {
                if (!updating && e.getValue() != null) {
                    dose = part.with(dose, e.getValue());
                    refresh();
                }
            });
            parts.put(part, select);
            fields.add(select);
        }
        Paragraph intro = new Paragraph(getTranslation("dose.intro", choices.prescription(choices.planned())
                .describe()));
        Paragraph caps = new Paragraph(getTranslation(choices.painHoldsDoses() ? "dose.caps.pain" : "dose.caps",
                choices.maxMinutes()));
        time.getElement().setAttribute("role", "status");
        add(intro, fields, time, caps);
        apply.setText(getTranslation("dose.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> {
            close();
            onApply.accept(dose);
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, apply);
        refresh();
    }

    /** Offers each part the values allowed with the others as chosen, and says how long the dose takes. */
    private void refresh() {
        updating = true;
        try {
            for (Map.Entry<Part, Select<Integer>> entry : parts.entrySet()) {
                List<Integer> values = choices.values(entry.getKey(), dose);
                Integer value = entry.getKey().of(dose);
                Select<Integer> select = entry.getValue();
                select.setItems(values);
                select.setValue(values.contains(value) ? value : null);
            }
        } finally {
            updating = false;
        }
        boolean allowed = choices.allows(dose);
        apply.setEnabled(allowed && !dose.equals(choices.current()));
        time.setText(allowed ? getTranslation("dose.time", choices.prescription(dose).durationMinutes())
                : getTranslation("dose.not.allowed"));
    }

    EditedDose dose() {
        return dose;
    }
}
