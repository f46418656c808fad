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

    final DatePicker visitDate = new DatePicker(getTranslation("visit.date"));
    final IntegerField painLevel = new IntegerField(getTranslation("patient.pain"));
    final NumberField timedUpAndGo = new NumberField(getTranslation("visit.tug"));
    final IntegerField chairStands = new IntegerField(getTranslation("visit.chair"));
    final TextArea notes = new TextArea(getTranslation("visits.col.notes"));
    final Map<String, Checkbox> tolerated = new LinkedHashMap<>();
    final Div toleranceBox = new Div();
    final Div formError = new Div();
    final Button save = new Button(getTranslation("visit.record"));
    final Button cancel = new Button(getTranslation("action.cancel"));

    final H3 heading = new H3(getTranslation("visit.title"));

    private final Map<String, HasValidation> fields = new HashMap<>();
    private Function<LocalDate, List<PlannedExercise>> doneBy = date -> List.of();
    /** The answers of the visit being corrected, for exercises not yet shown; empty for a new visit. */
    private Map<String, Boolean> savedAnswers = Map.of();

    VisitForm() {
        visitDate.setRequiredIndicatorVisible(true);
        visitDate.setMax(LocalDate.now());
        // the picker refuses a future date itself: it says why instead of only turning red
        visitDate.setI18n(org.rehabplan.base.ui.DisplayFormats.picker(getLocale())
                .setMaxErrorMessage("must not be in the future"));
        painLevel.setRequiredIndicatorVisible(true);
        painLevel.setMin(0);
        painLevel.setMax(10);
        painLevel.setStepButtonsVisible(true);
        painLevel.setHelperText(getTranslation("patient.pain.help"));
        timedUpAndGo.setStep(0.1);
        timedUpAndGo.setMin(0.1);
        timedUpAndGo.setMax(299.9);
        timedUpAndGo.setSuffixComponent(new Span("s"));
        timedUpAndGo.setHelperText(getTranslation("visit.tug.help"));
        chairStands.setMin(0);
        chairStands.setMax(60);
        chairStands.setStepButtonsVisible(true);
        chairStands.setHelperText(getTranslation("visit.chair.help"));
        notes.setMaxLength(2000);
        // the limit is said before it cuts: a counter instead of silently dropping text beyond it
        notes.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        notes.addValueChangeListener(e -> notes.setHelperText(getTranslation("visit.notes.help", e.getValue().length(), notes.getMaxLength())));
        notes.setHelperText(getTranslation("visit.notes.help", 0, notes.getMaxLength()));
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
        layout.add(heading, measures, toleranceBox, formError,
                new HorizontalLayout(save, cancel));
    }

    /**
     * Empties the form for a new visit today. {@code doneBy} lists the plan's exercises the patient had done by a
     * visit date (those of the weeks that started before it); the form asks about each, tolerated by default, and
     * asks again when the date changes, keeping the answers already given.
     */
    void reset(Function<LocalDate, List<PlannedExercise>> doneBy) {
        this.doneBy = doneBy;
        savedAnswers = Map.of();
        heading.setText(getTranslation("visit.title"));
        save.setText(getTranslation("visit.record"));
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

    /** Fills the form with a recorded visit to correct it; its tolerance answers are kept. */
    void edit(org.rehabplan.visit.VisitEntry visit, Function<LocalDate, List<PlannedExercise>> doneBy) {
        this.doneBy = doneBy;
        savedAnswers = Map.copyOf(visit.tolerated());
        tolerated.clear();
        heading.setText(getTranslation("visit.form.title.correct",
                org.rehabplan.base.ui.DisplayFormats.date(visit.visitDate(), getLocale())));
        save.setText(getTranslation("visit.form.save.correct"));
        painLevel.setValue(visit.painLevel());
        timedUpAndGo.setValue(visit.timedUpAndGoSeconds());
        chairStands.setValue(visit.chairStands30s());
        notes.setValue(visit.notes() == null ? "" : visit.notes());
        if (visit.visitDate().equals(visitDate.getValue())) {
            askAboutExercises();
        } else {
            visitDate.setValue(visit.visitDate());
        }
        showProblems(List.of());
    }

    private void askAboutExercises() {
        Map<String, Boolean> answers = new HashMap<>(savedAnswers);
        tolerated.forEach((id, box) -> answers.put(id, box.getValue()));
        tolerated.clear();
        toleranceBox.removeAll();
        List<PlannedExercise> exercises = visitDate.getValue() == null ? List.of()
                : doneBy.apply(visitDate.getValue());
        if (exercises.isEmpty()) {
            toleranceBox.add(new H4(getTranslation("visit.tolerated")), new Paragraph(getTranslation(
                    visitDate.getValue() == null ? "visit.tolerated.no.date" : "visit.tolerated.none")));
            return;
        }
        Div boxes = new Div();
        boxes.addClassName("rp-tolerance-list");
        for (PlannedExercise exercise : exercises) {
            Checkbox box = new Checkbox(exercise.name(), answers.getOrDefault(exercise.id(), true));
            tolerated.put(exercise.id(), box);
            boxes.add(box);
        }
        toleranceBox.add(new H4(getTranslation("visit.tolerated")), new Paragraph(getTranslation("visit.tolerated.text")),
                boxes);
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
        // the summary names exactly the fields shown in red (one field can have two problems)
        List<String> red = fields.entrySet().stream().filter(e -> e.getValue().isInvalid())
                .map(e -> ((com.vaadin.flow.component.HasLabel) e.getValue()).getLabel()).distinct().sorted().toList();
        formError.setText(problems.isEmpty() ? "" : (red.isEmpty() ? getTranslation("form.not.saved")
                : getTranslation("form.not.saved.fields", String.join(", ", red)))
                + (unplaced.isEmpty() ? "" : " " + String.join("; ", unplaced) + "."));
        formError.setVisible(!problems.isEmpty());
    }

    /** Says, above the save button, that the entry was not saved and why (the fields keep what was typed). */
    void showNotSaved(String message) {
        formError.setText(message);
        formError.setVisible(true);
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
