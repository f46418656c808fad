package org.rehabplan.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabplan.patient.Profiles.aProfile;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.planning.service.PlanGenerator;
import org.rehabplan.visit.VisitService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
class VisitsViewTest extends SpringBrowserlessTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    PatientService patients;
    @Autowired
    VisitService visits;
    @Autowired
    PlanVersionService versions;
    @Autowired
    PlanGenerator generator;

    private Patient patient;
    private PlanResult firstPlan;
    private VisitsView view;

    @BeforeEach
    void aPatientWithASavedPlanThatStartedTwoWeeksAgo() {
        PatientProfile profile = aProfile().ref("vv-" + System.nanoTime()).procedure(TODAY.minusWeeks(5))
                .start(TODAY.minusWeeks(2)).weeks(5).pain(2).build();
        patient = patients.create(profile, "therapist");
        firstPlan = generator.generate(profile, List.of());
        versions.save(patient.getId(), profile, firstPlan, List.of(), "therapist", "first plan", null);
        view = navigate("patients/" + patient.getId() + "/visits", VisitsView.class);
    }

    @Test
    void anInvalidVisitShowsMessagesNextToTheFieldsAndRecordsNothing() {
        test(view.newVisit).click();
        view.form.painLevel.setValue(11); // typed by hand: the tester refuses values outside the field's min/max
        view.form.chairStands.setValue(61);
        view.form.visitDate.setValue(TODAY.minusWeeks(6));
        test(view.form.save).click();

        assertThat(view.form.painLevel.isInvalid()).isTrue();
        assertThat(view.form.painLevel.getErrorMessage()).isEqualTo("must be between 0 and 10");
        assertThat(view.form.chairStands.getErrorMessage()).isEqualTo("must be between 0 and 60");
        assertThat(view.form.visitDate.getErrorMessage()).startsWith("must not be before the procedure");
        assertThat(view.form.formError.getText()).startsWith("Not saved");
        assertThat(visits.visits(patient.getId())).isEmpty();
    }

    @Test
    void recordingAVisitAndReplanningSavesANewVersionWithoutTheExerciseNotTolerated() {
        test(view.newVisit).click();
        // asked about each exercise of the two weeks done by today, tolerated unless unticked
        assertThat(view.form.tolerated.keySet()).containsExactlyInAnyOrderElementsOf(firstPlan.weeks().subList(0, 2)
                .stream().flatMap(w -> w.sessions().stream()).flatMap(s -> s.exercises().stream())
                .map(ScheduledExercise::exerciseId).distinct().toList());
        assertThat(view.form.tolerated.values()).allSatisfy(box -> assertThat(box.getValue()).isTrue());
        String notTolerated = firstPlan.weeks().get(1).sessions().get(0).exercises().get(0).exerciseId();
        test(view.form.painLevel).setValue(7);
        test(view.form.timedUpAndGo).setValue(14.5);
        test(view.form.chairStands).setValue(9);
        test(view.form.notes).setValue("Sore <after> bridges");
        Checkbox box = view.form.tolerated.get(notTolerated);
        test(box).click();
        test(view.form.save).click();

        assertThat(view.form.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(1);
        String chart = $(Html.class, view.chart).single().getInnerHtml();
        assertThat(Pattern.compile("rp-point-pain").matcher(chart).results().count()).isEqualTo(1);
        assertThat(chart).contains("Sore &lt;after&gt; bridges");

        test(view.replan).click();
        waitForReplan();
        assertThat(view.followUp.shown().plan().feasible()).isTrue();
        assertThat(view.followUp.summary.getText()).contains("Weeks 1–2 stay exactly as in version 1")
                .contains("Weeks 3–5 are re-planned for pain 7/10");
        assertThat(view.followUp.shown().plan().weeks().subList(2, 5).stream()
                .flatMap(w -> w.sessions().stream()).flatMap(s -> s.exercises().stream())
                .map(ScheduledExercise::exerciseId)).doesNotContain(notTolerated);
        assertThat(view.followUp.changes.getElement().getText() + view.followUp.changes.getChildren()
                .map(c -> c.getElement().getText()).toList()).contains("Left out from now on (not tolerated): ");
        assertThat(versions.versions(patient.getId())).hasSize(1); // shown, not yet saved

        test(view.followUp.save).click();
        assertThat(versions.versions(patient.getId())).hasSize(2);
        // the version's note, worded by the saving screen from the follow-up's data
        assertThat(versions.versions(patient.getId()).getFirst().getNote()).isEqualTo("Follow-up "
                + view.followUp.shown().visitDate() + ": weeks 1–2 kept from version 1, weeks 3–5 re-planned for pain 7/10");
        assertThat(view.followUp.savedText.getText()).startsWith("Saved as version 2");
        assertThat(view.planInfo.getText()).contains("latest saved plan: version 2").contains("pain now 7/10");
    }

    private void waitForReplan() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!view.followUp.isVisible() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session); // the solver thread's ui.access() tasks
            roundTrip();
        }
        assertThat(view.followUp.isVisible()).as("re-plan finished").isTrue();
    }

    @Test
    void withoutASavedPlanTheViewSaysSoAndCannotReplan() {
        Patient fresh = patients.create(aProfile().ref("vv-none-" + System.nanoTime())
                .procedure(TODAY.minusWeeks(3)).weeksOut(2).build(), "therapist");
        view = navigate("patients/" + fresh.getId() + "/visits", VisitsView.class);

        assertThat(view.planInfo.getText()).contains("no plan saved yet");
        assertThat(view.replan.isEnabled()).isFalse();
        visits.record(fresh.getId(), new org.rehabplan.visit.VisitEntry(TODAY, 3, null, null, null,
                Map.of()));
        view.startReplan(); // as if the button were pressed anyway
        assertThat(view.followUp.isVisible()).isFalse();
        assertThat(versions.versions(fresh.getId())).isEmpty();
    }

    @Test
    void aVisitCanBeCorrectedFromTheListAndTheSummaryNamesExactlyTheRedFields() {
        var visit = visits.record(patient.getId(), new org.rehabplan.visit.VisitEntry(TODAY.minusDays(2), 5,
                "first note", null, null, java.util.Map.of()));
        view = navigate("patients/" + patient.getId() + "/visits", VisitsView.class);
        view.openCorrection(visit);
        assertThat(view.form.painLevel.getValue()).isEqualTo(5);
        assertThat(view.form.notes.getValue()).isEqualTo("first note");
        assertThat(view.form.save.getText()).isEqualTo("Save correction");

        view.form.painLevel.setValue(11);
        test(view.form.save).click();
        assertThat(view.form.formError.getText()).isEqualTo("Not saved: please correct Pain now (0–10).");

        view.form.painLevel.setValue(3);
        view.form.notes.setValue("pain was 3");
        test(view.form.save).click();
        assertThat(view.form.isVisible()).isFalse();
        var read = visits.find(patient.getId(), visit.getId()).orElseThrow();
        assertThat(read.getPainLevel()).isEqualTo(3);
        assertThat(read.getNotes()).isEqualTo("pain was 3");
        assertThat(visits.visits(patient.getId())).hasSize(1);
    }

    @Test
    void deletingAVisitAsksFirstAndKeepsItWhenTheTherapistSaysKeep() {
        var visit = visits.record(patient.getId(), new org.rehabplan.visit.VisitEntry(TODAY.minusDays(2), 5,
                null, null, null, java.util.Map.of()));
        view = navigate("patients/" + patient.getId() + "/visits", VisitsView.class);
        view.askToDelete(visit);
        var ask = $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        test(ask).cancel();
        assertThat(visits.visits(patient.getId())).hasSize(1);

        view.askToDelete(visit);
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).last()).confirm();
        assertThat(visits.visits(patient.getId())).isEmpty();
        assertThat(versions.versions(patient.getId())).as("the saved plan stays").hasSize(1);
    }

    @Test
    void theNotesSayTheirLimitBeforeItCuts() {
        test(view.newVisit).click();
        assertThat(view.form.notes.getMaxLength()).isEqualTo(2000);
        view.form.notes.setValue("x".repeat(1990));
        assertThat(view.form.notes.getHelperText()).endsWith("1,990 / 2,000 characters");
    }
}
