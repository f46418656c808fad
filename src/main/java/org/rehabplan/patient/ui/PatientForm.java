package org.rehabplan.patient.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.ProfileProblem;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolRegistry;

/**
 * The whole patient profile as a form. It does not save anything itself: it fires {@link SaveEvent} with the profile
 * as entered, and the view validates it and shows each problem next to its field with {@link #showProblems}.
 */
class PatientForm extends Composite<VerticalLayout> {

    private static final Pattern RESTRICTION_FIELD = Pattern.compile("restrictions\\[(\\d+)]\\.?(\\w*)");

    final TextField patientRef = new TextField("Patient reference");
    final TextField displayName = new TextField("Name shown on the schedule");
    final TextArea notes = new TextArea("Notes for the therapist");
    final com.vaadin.flow.component.select.Select<Protocol> protocol = new com.vaadin.flow.component.select.Select<>();
    final DatePicker anchorDate = new DatePicker();
    final DatePicker planStart = new DatePicker("Plan starts");
    final IntegerField planWeeks = new IntegerField("Plan length (weeks)");
    final CheckboxGroup<DayOfWeek> sessionDays = new CheckboxGroup<>("Session days");
    final IntegerField minutesPerSession = new IntegerField("Minutes per session");
    final IntegerField painLevel = new IntegerField("Pain now (0–10)");
    final RadioButtonGroup<FallRisk> fallRisk = new RadioButtonGroup<>("Fall risk");
    final Checkbox canGetOnFloor = new Checkbox("Can get down to and up from the floor");
    final Checkbox toleratesProne = new Checkbox("Tolerates lying on the stomach");
    final Checkbox canLieOnBack = new Checkbox("Can lie on the back");
    final Checkbox standsWithHelpOnly = new Checkbox("Stands only with help");
    final Checkbox noPushPull = new Checkbox("No pushing or pulling");
    final Checkbox walkingAid = new Checkbox("Walks with a stick, crutch or frame");
    final CheckboxGroup<Equipment> equipment = new CheckboxGroup<>("Equipment at home");
    final RestrictionEditor restrictions;
    final Span weeksOut = new Span();
    final Div formError = new Div();
    final Button save = new Button("Save patient");
    final Button cancel = new Button("Cancel");

    static final int MAX_NOTES = 2000;

    private final ProtocolRegistry protocols;
    private List<String> favourites = List.of();
    private final Map<String, HasValidation> fields = new HashMap<>();
    /** Fields the therapist has left (blurred) or changed: their problems show at once, the others' only on Save. */
    private final Set<String> touched = new java.util.HashSet<>();
    private boolean saveTried;
    /** Checks the profile as entered (set by the view); null = no checking before Save. */
    private java.util.function.Function<PatientProfile, List<ProfileProblem>> check;

    PatientForm(List<Exercise> exercises, ProtocolRegistry protocols) {
        this.protocols = protocols;
        this.restrictions = new RestrictionEditor(exercises);
        configureFields();
        FormLayout about = new FormLayout(protocol, patientRef, displayName, anchorDate, planStart, planWeeks,
                minutesPerSession, sessionDays, notes);
        about.setColspan(protocol, 2);
        about.setColspan(sessionDays, 2);
        about.setColspan(notes, 2);
        FormLayout limits = new FormLayout(painLevel, fallRisk, canGetOnFloor, toleratesProne, canLieOnBack,
                standsWithHelpOnly, noPushPull, walkingAid, equipment);
        limits.setColspan(equipment, 2);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            saveTried = true;
            fireEvent(new SaveEvent(this, read()));
        });
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        restrictions.defaults.addClickListener(e -> askToApplyProtocolDefaults());
        formError.addClassName("rp-form-error");
        formError.setVisible(false);
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H3("Patient"), about, weeksOut, new H3("Limits"), limits, restrictions, formError,
                new HorizontalLayout(save, cancel));
    }

    private void configureFields() {
        protocol.setLabel("Protocol");
        protocol.setId("protocol");
        protocol.setItems(protocols.all());
        protocol.setItemLabelGenerator(Protocol::name);
        protocol.setValue(protocols.defaultProtocol());
        protocol.setHelperText("The condition's protocol: its phases, default restrictions and pain caps");
        protocol.addValueChangeListener(e -> showProtocol());
        patientRef.setRequiredIndicatorVisible(true);
        patientRef.setHelperText("Your clinic's reference, e.g. MRN or initials + date");
        anchorDate.setRequiredIndicatorVisible(true);
        planStart.setRequiredIndicatorVisible(true);
        planWeeks.setMin(1);
        planWeeks.setMax(52);
        planWeeks.setStepButtonsVisible(true);
        minutesPerSession.setMin(5);
        minutesPerSession.setMax(180);
        minutesPerSession.setStep(5);
        minutesPerSession.setStepButtonsVisible(true);
        painLevel.setMin(0);
        painLevel.setMax(10);
        painLevel.setStepButtonsVisible(true);
        sessionDays.setItems(DayOfWeek.values());
        sessionDays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, Locale.UK));
        sessionDays.setHelperText("One session on each chosen day");
        fallRisk.setItems(FallRisk.values());
        fallRisk.setItemLabelGenerator(org.rehabplan.base.ui.DisplayFormats::label);
        equipment.setItems(Equipment.values());
        equipment.setItemLabelGenerator(Equipment::label);
        anchorDate.addValueChangeListener(e -> updateWeeksOut());
        planStart.addValueChangeListener(e -> updateWeeksOut());
        fields.put("protocolId", protocol);
        fields.put("patientRef", patientRef);
        fields.put("displayName", displayName);
        fields.put("notes", notes);
        fields.put("anchorDate", anchorDate);
        fields.put("planStart", planStart);
        fields.put("planWeeks", planWeeks);
        fields.put("sessionDays", sessionDays);
        fields.put("sessionsPerWeek", sessionDays);
        fields.put("minutesPerSession", minutesPerSession);
        fields.put("painLevel", painLevel);
        fields.put("fallRisk", fallRisk);
        fields.put("equipment", equipment);
        // only the profile's own checks turn a field red (on leaving it, or on Save), never the field while typing
        fields.values().forEach(f -> f.setManualValidation(true));
        patientRef.setMaxLength(64);
        displayName.setMaxLength(120);
        // the limit is said before it cuts: the counter shows how much is left
        notes.setMaxLength(MAX_NOTES);
        notes.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        notes.addValueChangeListener(e -> notesCounter());
        notesCounter();
        showProtocol();
        // messages on blur: a field is checked when the therapist leaves it, not while typing
        patientRef.addBlurListener(e -> touch("patientRef"));
        displayName.addBlurListener(e -> touch("displayName"));
        notes.addBlurListener(e -> touch("notes"));
        anchorDate.addBlurListener(e -> touch("anchorDate"));
        planStart.addBlurListener(e -> touch("planStart"));
        planWeeks.addBlurListener(e -> touch("planWeeks"));
        minutesPerSession.addBlurListener(e -> touch("minutesPerSession"));
        painLevel.addBlurListener(e -> touch("painLevel"));
        sessionDays.addValueChangeListener(e -> { if (e.isFromClient()) { touch("sessionDays"); } });
        fallRisk.addValueChangeListener(e -> { if (e.isFromClient()) { touch("fallRisk"); } });
        equipment.addValueChangeListener(e -> { if (e.isFromClient()) { touch("equipment"); } });
    }

    private void notesCounter() {
        notes.setHelperText(notes.getValue().length() + " / " + MAX_NOTES + " characters");
    }

    void setCheck(java.util.function.Function<PatientProfile, List<ProfileProblem>> check) {
        this.check = check;
    }

    /** Re-checks after a field was left: shows the problems of touched fields (all of them after a Save). */
    private void touch(String field) {
        touched.add(field);
        if (field.equals("sessionDays")) {
            touched.add("sessionsPerWeek");
        }
        if (check == null) {
            return;
        }
        List<ProfileProblem> problems = check.apply(read());
        showProblems(saveTried ? problems : problems.stream().filter(p -> touched.contains(p.field())).toList());
    }

    /** The chosen protocol's wording: the anchor date's label and help, and what the pain score caps. */
    private void showProtocol() {
        Protocol chosen = chosenProtocol();
        var texts = chosen.texts(Protocol.ENGLISH);
        anchorDate.setLabel(texts.anchorLabel());
        anchorDate.setHelperText(texts.anchorHelp());
        painLevel.setHelperText("Numeric rating scale; " + painCaps(chosen));
        updateWeeksOut();
    }

    /** "4 or more: up to level 3; 7 or more: up to level 2", from the protocol's pain caps. */
    private static String painCaps(Protocol p) {
        if (p.painCaps().isEmpty()) {
            return "this protocol does not cap intensity by pain";
        }
        return p.painCaps().stream().sorted(java.util.Comparator.comparingInt(org.rehabplan.protocol.PainCap::minPain))
                .map(c -> c.minPain() + "+ caps exercises at level " + c.maxLevel())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    Protocol chosenProtocol() {
        return protocol.getValue() == null ? protocols.defaultProtocol() : protocol.getValue();
    }

    void setProfile(PatientProfile p) {
        protocol.setValue(protocols.find(p.protocolId()).orElse(protocols.defaultProtocol()));
        patientRef.setValue(p.patientRef() == null ? "" : p.patientRef());
        displayName.setValue(p.displayName() == null ? "" : p.displayName());
        notes.setValue(p.notes() == null ? "" : p.notes());
        anchorDate.setValue(p.anchorDate());
        planStart.setValue(p.planStart());
        planWeeks.setValue(p.planWeeks());
        sessionDays.setValue(p.sessionsPerWeek() == null ? Set.of() : Set.copyOf(p.effectiveSessionDays()));
        minutesPerSession.setValue(p.minutesPerSession());
        painLevel.setValue(p.painLevel());
        fallRisk.setValue(p.fallRisk());
        canGetOnFloor.setValue(Boolean.TRUE.equals(p.canGetOnFloor()));
        toleratesProne.setValue(Boolean.TRUE.equals(p.toleratesProne()));
        canLieOnBack.setValue(p.liesOnBack());
        standsWithHelpOnly.setValue(p.needsHelpToStand());
        noPushPull.setValue(p.avoidsPushPull());
        walkingAid.setValue(p.usesWalkingAid());
        equipment.setValue(p.equipment() == null ? Set.of() : p.equipment());
        restrictions.setRestrictions(p.restrictions());
        favourites = p.favouriteExerciseIds();
        updateWeeksOut();
    }

    /** The profile as entered; empty fields stay null so validation can name them. */
    PatientProfile read() {
        List<DayOfWeek> days = sessionDays.getValue().stream().sorted().toList();
        return new PatientProfile(patientRef.getValue().trim(), blankToNull(displayName.getValue()),
                blankToNull(notes.getValue()), anchorDate.getValue(), planStart.getValue(), planWeeks.getValue(),
                days.isEmpty() ? null : days.size(), days.isEmpty() ? null : days, minutesPerSession.getValue(),
                painLevel.getValue(), fallRisk.getValue(), canGetOnFloor.getValue(), toleratesProne.getValue(),
                equipment.getValue().isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(equipment.getValue()),
                favourites, restrictions.read(),
                false, // the form shows the complete list, defaults included: what the therapist removed stays removed
                chosenProtocol().id(), canLieOnBack.getValue(), standsWithHelpOnly.getValue(), noPushPull.getValue(),
                walkingAid.getValue());
    }

    void showProblems(List<ProfileProblem> problems) {
        fields.values().forEach(f -> f.setInvalid(false));
        restrictions.clearProblems();
        for (ProfileProblem problem : problems) {
            Matcher m = RESTRICTION_FIELD.matcher(problem.field());
            if (m.matches()) {
                restrictions.showProblem(Integer.parseInt(m.group(1)), m.group(2), problem.message());
                continue;
            }
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
        }
        // the summary counts the fields shown in red, not the problems (one field can have two)
        long red = fields.values().stream().distinct().filter(HasValidation::isInvalid).count()
                + restrictions.invalidFieldCount();
        formError.setText(red == 0 ? "" : red == 1 ? "Not saved: please correct the field marked in red."
                : "Not saved: please correct the " + red + " fields marked in red.");
        formError.setVisible(saveTried && red > 0);
    }

    /** Says, above the save button, that the form was not saved and why (the fields keep what was typed). */
    void showNotSaved(String message) {
        formError.setText(message);
        formError.setVisible(true);
    }

    /** Asks before replacing restrictions the therapist entered; an empty list is filled without asking. */
    void askToApplyProtocolDefaults() {
        if (restrictions.read().isEmpty()) {
            applyProtocolDefaults();
            return;
        }
        com.vaadin.flow.component.confirmdialog.ConfirmDialog ask = new com.vaadin.flow.component.confirmdialog
                .ConfirmDialog("Replace the restrictions?", "The restrictions below are replaced by the protocol's "
                + "defaults for the plan start. Anything you entered or changed in them is lost.",
                "Replace with defaults", e -> applyProtocolDefaults());
        ask.setCancelable(true);
        ask.setCancelText("Keep mine");
        ask.open();
    }

    /** Replaces the restriction rows with the protocol's defaults still in force at the plan start. */
    void applyProtocolDefaults() {
        Integer weeks = weeksAfterProcedureAtStart();
        restrictions.setRestrictions(chosenProtocol().defaultRestrictionsFrom(weeks == null ? 0 : weeks).stream()
                .map(r -> new org.rehabplan.protocol.Restriction(r.type(), r.maxKg(), r.exerciseId(), r.untilWeek(),
                        null))
                .toList());
    }

    Integer weeksAfterProcedureAtStart() {
        if (anchorDate.getValue() == null || planStart.getValue() == null) {
            return null;
        }
        return (int) (ChronoUnit.DAYS.between(anchorDate.getValue(), planStart.getValue()) / 7);
    }

    private void updateWeeksOut() {
        Integer weeks = weeksAfterProcedureAtStart();
        Protocol chosen = chosenProtocol();
        String after = chosen.weeksAfter();
        weeksOut.setText(weeks == null ? "" : weeks < 0 ? "The plan would start before the "
                + anchorDate.getLabel().toLowerCase() + "."
                : "The plan starts " + weeks + " " + (weeks == 1 ? after.replaceFirst("^weeks", "week") : after)
                + " (" + chosen.phaseAt(weeks).name() + " phase).");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The therapist asked to save the profile as entered. */
    static final class SaveEvent extends ComponentEvent<PatientForm> {
        private final PatientProfile profile;

        SaveEvent(PatientForm source, PatientProfile profile) {
            super(source, false);
            this.profile = profile;
        }

        PatientProfile profile() {
            return profile;
        }
    }

    /** The therapist abandoned the edit. */
    static final class CancelEvent extends ComponentEvent<PatientForm> {
        CancelEvent(PatientForm source) {
            super(source, false);
        }
    }
}
