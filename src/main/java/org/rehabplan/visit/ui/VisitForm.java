package org.rehabplan.visit.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rehabplan.visit.VisitEntry;
import org.rehabplan.visit.VisitProblem;

/**
 * A follow-up visit as a form. It stores nothing: it fires {@link SaveEvent} with the visit as entered, and the view
 * shows each problem next to its field with {@link #showProblems}.
 */
class VisitForm extends Composite<VerticalLayout> {

    /** An exercise of the current plan the therapist can mark as not tolerated. */
    record PlannedExercise(String id, String name) {
    }

    final DatePicker visitDate = new DatePicker("Visit date");
    final IntegerField painLevel = new IntegerField("Pain now (0–10)");
    final NumberField timedUpAndGo = new NumberField("Timed Up and Go (seconds)");
    final IntegerField chairStands = new IntegerField("30-second chair stands");
    final TextArea notes = new TextArea("Notes");
    final Map<String, Checkbox> tolerated = new LinkedHashMap<>();
    final Div toleranceBox = new Div();
    final Div formError = new Div();
    final Button save = new Button("Record visit");
    final Button cancel = new Button("Cancel");

    private final Map<String, HasValidation> fields = new HashMap<>();
    private Function<LocalDate, List<PlannedExercise>> doneBy = date -> List.of();

    VisitForm() {
        visitDate.setRequiredIndicatorVisible(true);
        visitDate.setMax(LocalDate.now());
        painLevel.setRequiredIndicatorVisible(true);
        painLevel.setMin(0);
        painLevel.setMax(10);
        painLevel.setStepButtonsVisible(true);
        painLevel.setHelperText("Numeric rating scale; the patient's protocol sets how pain caps intensity");
        timedUpAndGo.setStep(0.1);
        timedUpAndGo.setMin(0.1);
        timedUpAndGo.setMax(299.9);
        timedUpAndGo.setSuffixComponent(new Span("s"));
        timedUpAndGo.setHelperText("Optional; lower is better");
        chairStands.setMin(0);
        chairStands.setMax(60);
        chairStands.setStepButtonsVisible(true);
        chairStands.setHelperText("Optional; full stands in 30 seconds");
        notes.setMaxLength(2000);
        // the limit is said before it cuts: a counter instead of silently dropping text beyond it
        notes.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        notes.addValueChangeListener(e -> notes.setHelperText("For the therapist; shown in the chart's tooltips · "
                + e.getValue().length() + " / 2000 characters"));
        notes.setHelperText("For the therapist; shown in the chart's tooltips · 0 / 2000 characters");
        fields.put("visitDate", visitDate);
        fields.put("painLevel", painLevel);
        fields.put("timedUpAndGoSeconds", timedUpAndGo);
        fields.put("chairStands30s", chairStands);
        fields.put("notes", notes);
        FormLayout measures = new FormLayout(visitDate, painLevel, timedUpAndGo, chairStands, notes);
        measures.setColspan(notes, 2);
        toleranceBox.addClassName("rp-tolerance");
        toleranceBox.setWidthFull();
        visitDate.addValueChangeListener(e -> askAboutExercises());
        formError.addClassName("rp-form-error");
        formError.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> fireEvent(new SaveEvent(this, read())));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H3("Record a follow-up visit"), measures, toleranceBox, formError,
                new HorizontalLayout(save, cancel));
    }

    /**
     * Empties the form for a new visit today. {@code doneBy} lists the plan's exercises the patient had done by a
     * visit date (those of the weeks that started before it); the form asks about each, tolerated by default, and
     * asks again when the date changes, keeping the answers already given.
     */
    void reset(Function<LocalDate, List<PlannedExercise>> doneBy) {
        this.doneBy = doneBy;
        painLevel.clear();
        timedUpAndGo.clear();
        chairStands.clear();
        notes.clear();
        tolerated.clear();
        if (LocalDate.now().equals(visitDate.getValue())) {
            askAboutExercises();
        } else {
            visitDate.setValue(LocalDate.now()); // asks through the value change listener
        }
        showProblems(List.of());
    }

    private void askAboutExercises() {
        Map<String, Boolean> answers = new HashMap<>();
        tolerated.forEach((id, box) -> answers.put(id, box.getValue()));
        tolerated.clear();
        toleranceBox.removeAll();
        List<PlannedExercise> exercises = visitDate.getValue() == null ? List.of()
                : doneBy.apply(visitDate.getValue());
        if (exercises.isEmpty()) {
            toleranceBox.add(new H4("Exercises tolerated"), new Paragraph(visitDate.getValue() == null
                    ? "Enter the visit date to see the exercises done by then."
                    : "No week of the saved plan had started by this date: nothing to ask about."));
            return;
        }
        Div boxes = new Div();
        boxes.addClassName("rp-tolerance-list");
        for (PlannedExercise exercise : exercises) {
            Checkbox box = new Checkbox(exercise.name(), answers.getOrDefault(exercise.id(), true));
            tolerated.put(exercise.id(), box);
            boxes.add(box);
        }
        toleranceBox.add(new H4("Exercises tolerated"), new Paragraph("The exercises of the weeks done by this "
                + "date. Untick one the patient did not tolerate: re-planning leaves it out from then on."), boxes);
    }

    /** The visit as entered; empty fields stay null so validation can name them. */
    VisitEntry read() {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        tolerated.forEach((id, box) -> answers.put(id, box.getValue()));
        return new VisitEntry(visitDate.getValue(), painLevel.getValue(), notes.getValue(), timedUpAndGo.getValue(),
                chairStands.getValue(), answers);
    }

    /**
     * Optional number fields the browser could not read (e.g. "12,5s"): their value is empty, but leaving them empty
     * is not what the therapist meant, so they are refused rather than stored as "not measured".
     */
    List<VisitProblem> unreadable() {
        List<VisitProblem> problems = new java.util.ArrayList<>();
        if (timedUpAndGo.getValue() == null && timedUpAndGo.isInvalid()) {
            problems.add(new VisitProblem("timedUpAndGoSeconds", "enter the seconds as a number, or leave it empty"));
        }
        if (chairStands.getValue() == null && chairStands.isInvalid()) {
            problems.add(new VisitProblem("chairStands30s", "enter a whole number, or leave it empty"));
        }
        return problems;
    }

    void showProblems(List<VisitProblem> problems) {
        fields.values().forEach(f -> f.setInvalid(false));
        for (VisitProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field != null && !field.isInvalid()) { // the first message per field is the one shown
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
        }
        List<String> unplaced = problems.stream().filter(p -> !fields.containsKey(p.field()))
                .map(VisitProblem::message).toList();
        formError.setText(problems.isEmpty() ? "" : "Not saved: please correct the " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + " marked in red."
                + (unplaced.isEmpty() ? "" : " " + String.join("; ", unplaced) + "."));
        formError.setVisible(!problems.isEmpty());
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The therapist asked to record the visit as entered. */
    static final class SaveEvent extends ComponentEvent<VisitForm> {
        private final VisitEntry entry;

        SaveEvent(VisitForm source, VisitEntry entry) {
            super(source, false);
            this.entry = entry;
        }

        VisitEntry entry() {
            return entry;
        }
    }

    /** The therapist closed the form without recording. */
    static final class CancelEvent extends ComponentEvent<VisitForm> {
        CancelEvent(VisitForm source) {
            super(source, false);
        }
    }
}
