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
import com.vaadin.flow.data.binder.BeanValidationBinder;
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
import org.rehabplan.base.i18n.Languages;
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
 * Fields are bound with Vaadin's {@link BeanValidationBinder} to the profile's own Bean Validation rules: it marks the
 * required ones and checks each field with the same messages the API gives, shown once the therapist has left the
 * field (or pressed Save); checks across fields and into the catalog come from the view's full check.
 */
class PatientForm extends Composite<VerticalLayout> {

    private static final Pattern RESTRICTION_FIELD = Pattern.compile("restrictions\\[(\\d+)]\\.?(\\w*)");

    final TextField patientRef = new TextField(getTranslation("patient.ref"));
    final TextField displayName = new TextField(getTranslation("patient.name"));
    final TextArea notes = new TextArea(getTranslation("patient.notes"));
    final com.vaadin.flow.component.select.Select<Protocol> protocol = new com.vaadin.flow.component.select.Select<>();
    final DatePicker anchorDate = new DatePicker();
    final DatePicker planStart = new DatePicker(getTranslation("patient.plan.start"));
    final IntegerField planWeeks = new IntegerField(getTranslation("patient.plan.weeks"));
    final CheckboxGroup<DayOfWeek> sessionDays = new CheckboxGroup<>(getTranslation("patient.session.days"));
    final IntegerField minutesPerSession = new IntegerField(getTranslation("patient.minutes"));
    final IntegerField painLevel = new IntegerField(getTranslation("patient.pain"));
    final RadioButtonGroup<FallRisk> fallRisk = new RadioButtonGroup<>(getTranslation("patient.fall.risk"));
    final Checkbox canGetOnFloor = new Checkbox(getTranslation("patient.floor"));
    final Checkbox toleratesProne = new Checkbox(getTranslation("patient.prone"));
    final Checkbox canLieOnBack = new Checkbox(getTranslation("patient.lie.back"));
    final Checkbox standsWithHelpOnly = new Checkbox(getTranslation("patient.stands.help"));
    final Checkbox noPushPull = new Checkbox(getTranslation("patient.no.push.pull"));
    final Checkbox walkingAid = new Checkbox(getTranslation("patient.walking.aid"));
    final CheckboxGroup<Equipment> equipment = new CheckboxGroup<>(getTranslation("patient.equipment"));
    final com.vaadin.flow.component.select.Select<String> language = new com.vaadin.flow.component.select.Select<>();
    final RestrictionEditor restrictions;
    final Span weeksOut = new Span();
    final Div formError = new Div();
    final Button save = new Button(getTranslation("patient.save"));
    final Button cancel = new Button(getTranslation("action.cancel"));

    static final int MAX_NOTES = 2000;

    final BeanValidationBinder<PatientProfile> binder = new BeanValidationBinder<>(PatientProfile.class);

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
                minutesPerSession, sessionDays, language, notes);
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
        layout.add(new H3(getTranslation("patient.section.patient")), about, weeksOut,
                new H3(getTranslation("patient.section.limits")), limits, restrictions, formError,
                new HorizontalLayout(save, cancel));
    }

    private void configureFields() {
        protocol.setLabel(getTranslation("patient.protocol"));
        protocol.setId("protocol");
        protocol.setItems(protocols.all());
        protocol.setItemLabelGenerator(p -> p.name(getLocale() == null ? Protocol.ENGLISH : getLocale().getLanguage()));
        protocol.setValue(protocols.defaultProtocol());
        protocol.setHelperText(getTranslation("patient.protocol.help"));
        protocol.addValueChangeListener(e -> showProtocol());
        patientRef.setRequiredIndicatorVisible(true);
        patientRef.setHelperText(getTranslation("patient.ref.help"));
        anchorDate.setRequiredIndicatorVisible(true);
        planStart.setRequiredIndicatorVisible(true);
        anchorDate.setI18n(org.rehabplan.base.ui.DisplayFormats.picker(getLocale()));
        planStart.setI18n(org.rehabplan.base.ui.DisplayFormats.picker(getLocale()));
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
        sessionDays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, getLocale()));
        sessionDays.setHelperText(getTranslation("patient.session.days.help"));
        fallRisk.setItems(FallRisk.values());
        fallRisk.setItemLabelGenerator(org.rehabplan.base.ui.DisplayFormats::label);
        equipment.setItems(Equipment.values());
        equipment.setItemLabelGenerator(org.rehabplan.base.ui.DisplayFormats::label);
        language.setLabel(getTranslation("patient.language"));
        language.setHelperText(getTranslation("patient.language.helper"));
        language.setItems(List.copyOf(Languages.codes()));
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        language.setValue(Languages.DEFAULT);
        anchorDate.addValueChangeListener(e -> updateWeeksOut());
        planStart.addValueChangeListener(e -> updateWeeksOut());
        bind(patientRef, "patientRef");
        bind(displayName, "displayName");
        bind(notes, "notes");
        bind(anchorDate, "anchorDate");
        bind(planStart, "planStart");
        bind(planWeeks, "planWeeks");
        bind(minutesPerSession, "minutesPerSession");
        bind(painLevel, "painLevel");
        bind(fallRisk, "fallRisk");
        bind(equipment, "equipment");
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
        fields.put("language", language);
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

    /**
     * Binds a field to its profile property: the binder marks it required when the profile requires it and checks it
     * on every change; its message shows once the field was left or Save was pressed, never while typing.
     */
    private <V> void bind(com.vaadin.flow.component.HasValue<?, V> field, String property) {
        HasValidation validated = (HasValidation) field;
        binder.forField(field).withValidationStatusHandler(status -> {
            if (!saveTried && !touched.contains(property)) {
                return;
            }
            validated.setErrorMessage(status.getMessage().orElse(""));
            validated.setInvalid(status.isError());
            updateSummary();
        }).bind(property);
    }

    private void notesCounter() {
        notes.setHelperText(getTranslation("patient.notes.count", notes.getValue().length(), String.valueOf(MAX_NOTES)));
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
        var texts = texts(chosen);
        anchorDate.setLabel(texts.anchorLabel());
        anchorDate.setHelperText(texts.anchorHelp());
        painLevel.setHelperText(getTranslation("patient.pain.help", painCaps(chosen)));
        restrictions.countWeeksAs(texts.weeksAfter());
        updateWeeksOut();
    }

    /** The protocol's own wording in the screen's language (English when the protocol lacks it). */
    private org.rehabplan.protocol.ProtocolTexts texts(Protocol p) {
        return p.texts(getLocale() == null ? Protocol.ENGLISH : getLocale().getLanguage());
    }

    /** "4+ caps exercises at level 3, 7+ caps exercises at level 2", from the protocol's pain caps. */
    private String painCaps(Protocol p) {
        if (p.painCaps().isEmpty()) {
            return getTranslation("patient.pain.caps.none");
        }
        return p.painCaps().stream().sorted(java.util.Comparator.comparingInt(org.rehabplan.protocol.PainCap::minPain))
                .map(c -> getTranslation("patient.pain.cap", c.minPain(), c.maxLevel()))
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
        language.setValue(Languages.supported(p.language()) ? p.language() : Languages.DEFAULT);
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
                walkingAid.getValue(), language.getValue());
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
        updateSummary();
    }

    /** The labels of the fields shown in red now, in the form's order (each once). */
    List<String> redFields() {
        List<com.vaadin.flow.component.Component> inOrder = List.of(protocol, patientRef, displayName, anchorDate,
                planStart, planWeeks, minutesPerSession, sessionDays, notes, painLevel, fallRisk, equipment);
        return inOrder.stream().filter(f -> ((HasValidation) f).isInvalid())
                .map(f -> ((com.vaadin.flow.component.HasLabel) f).getLabel()).toList();
    }

    /** The summary above Save names exactly the fields shown in red, and goes once none is. */
    private void updateSummary() {
        List<String> red = redFields();
        long restrictionFields = restrictions.invalidFieldCount();
        List<String> parts = new java.util.ArrayList<>(red);
        if (restrictionFields > 0) {
            parts.add(getTranslation("form.restriction.fields", restrictionFields));
        }
        formError.setText(parts.isEmpty() ? "" : getTranslation("form.not.saved.fields", String.join(", ", parts)));
        formError.setVisible(saveTried && !parts.isEmpty());
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
                .ConfirmDialog(getTranslation("patient.defaults.title"), getTranslation("patient.defaults.text"),
                getTranslation("patient.defaults.confirm"), e -> applyProtocolDefaults());
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("patient.defaults.keep"));
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
        weeksOut.setText(weeks == null ? "" : weeks < 0
                ? getTranslation("patient.starts.before", anchorDate.getLabel().toLowerCase(getLocale()))
                : getTranslation("patient.starts.after", chosen.weeksAfter(weeks, getLocale()),
                org.rehabplan.base.ui.ReasonLabels.phase(chosen.phaseAt(weeks).name())));
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
