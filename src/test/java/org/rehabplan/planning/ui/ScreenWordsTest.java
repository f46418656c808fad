package org.rehabplan.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.patient.ui.PatientEditorView;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.SessionPlan;
import org.rehabplan.plan.PlanResult.WeekPlan;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.planning.service.PlanGenerator;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolRegistry;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The therapist's screens word a saved plan in the screen's language from data: exercise names from the catalog (not
 * the name the plan stored), and weeks after the anchor event in the patient's protocol's words, singular for one
 * week ("1 week after the fracture"), in the week headings, the restriction list and the form's start line.
 */
@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
class ScreenWordsTest extends SpringBrowserlessTest {

    static final String STORED_NAME = "Stored-name-never-shown";

    @Autowired
    PatientService patients;
    @Autowired
    PlanVersionService versions;
    @Autowired
    PlanGenerator generator;
    @Autowired
    ProtocolRegistry protocols;
    @Autowired
    Catalog catalog;

    /** A fracture patient one week out at the plan start, with a saved plan whose stored names are all wrong. */
    private Patient fracturePatientWithSavedPlan() {
        PatientProfile profile = new PatientProfile("words-" + System.nanoTime(), "Words test", null,
                LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16), 2, 2, List.of(DayOfWeek.MONDAY,
                DayOfWeek.THURSDAY), 30, 3, FallRisk.MODERATE, true, true, Set.of(Equipment.CHAIR, Equipment.WALL),
                List.of(), List.of(Restriction.of(RestrictionType.NO_SPINAL_FLEXION, 12)))
                .withProtocolId(fracture().id());
        Patient patient = patients.create(profile, "therapist");
        PlanResult plan = generator.generate(profile, List.of());
        PlanResult stored = new PlanResult(plan.patientRef(), plan.planStart(), plan.feasible(), plan.score(),
                plan.protocol(), plan.weeks().stream().map(w -> new WeekPlan(w.week(), w.weeksAfterProcedure(),
                w.phase(), w.start(), w.restrictions(), w.sessions().stream().map(s -> new SessionPlan(s.number(),
                s.day(), s.date(), s.totalMinutes(), s.exercises().stream().map(e -> new ScheduledExercise(
                e.exerciseId(), STORED_NAME, e.category(), e.level(), e.sets(), e.reps(), e.holdSeconds(),
                e.minutes(), "stored dose", e.locked(), e.why(), e.warmUp(), e.doseEdited())).toList())).toList(),
                w.homework(), w.stepBackReasons())).toList(), plan.excluded(), plan.explanation(), plan.conflicts(),
                plan.alerts(), plan.removedDefaults());
        versions.save(patient.getId(), profile, stored, List.of(), "therapist", null, null);
        return patient;
    }

    private Protocol fracture() {
        return protocols.all().stream().filter(p -> p.id().equals("vertebral-fracture")).findFirst().orElseThrow();
    }

    private static void speak(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    @Test
    void theWorkspaceCountsWeeksAndRestrictionsInTheProtocolsWordsAndSaysOneWeekInTheSingular() {
        Patient patient = fracturePatientWithSavedPlan();
        speak(Locale.ENGLISH);

        String page = navigate("patients/" + patient.getId() + "/workspace", WorkspaceView.class).getElement()
                .toString();

        assertThat(page).contains(fracture().weeksAfter(1, Locale.ENGLISH)).doesNotContain("1 weeks")
                .contains("No bending forward until " + fracture().weeksAfter(12, Locale.ENGLISH))
                .doesNotContain("until week");
    }

    @Test
    void aSpanishScreenNamesTheSavedPlansExercisesInSpanishFromTheCatalog() {
        Patient patient = fracturePatientWithSavedPlan();
        Locale spanish = Locale.forLanguageTag("es");
        speak(spanish);

        WorkspaceView workspace = navigate("patients/" + patient.getId() + "/workspace", WorkspaceView.class);
        String page = workspace.getElement().toString();

        ScheduledExercise first = workspace.plan.result().weeks().getFirst().sessions().getFirst().exercises()
                .stream().filter(e -> !e.warmUp()).findFirst().orElseThrow();
        String inSpanish = catalog.name(first.exerciseId(), "es", null);
        assertThat(inSpanish).isNotEqualTo(catalog.name(first.exerciseId(), "en", null));
        assertThat(page).contains(inSpanish).doesNotContain(STORED_NAME)
                .contains(fracture().weeksAfter(1, spanish)).doesNotContain("1 semanas");
    }

    @Test
    void thePatientFormSaysThePlanStartsOneWeekAfterTheFractureAndCountsRestrictionWeeksTheSameWay() {
        Patient patient = fracturePatientWithSavedPlan();
        speak(Locale.ENGLISH);

        navigate("patients/" + patient.getId() + "/edit", PatientEditorView.class);

        assertThat($(com.vaadin.flow.component.html.Span.class).all().stream().map(s -> s.getText()))
                .anyMatch(text -> text.startsWith("The plan starts 1 week after the fracture ("));
        assertThat($(com.vaadin.flow.component.textfield.IntegerField.class).all().stream()
                .filter(f -> "Until week".equals(f.getLabel())).map(f -> f.getHelperText()))
                .isNotEmpty().allMatch(help -> help.equals("In " + fracture().texts("en").weeksAfter()
                        + "; empty: the whole plan"));
    }
}
