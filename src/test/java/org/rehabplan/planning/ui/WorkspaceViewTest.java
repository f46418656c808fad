package org.rehabplan.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.planning.PlanResult.ScheduledExercise;
import org.rehabplan.planning.PlanResult.SessionPlan;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
class WorkspaceViewTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;

    @Autowired
    org.rehabplan.plan.PlanVersionService versions;

    private long patientId;

    @Autowired
    org.rehabplan.planning.PlanGenerator generator;

    @org.springframework.beans.factory.annotation.Value("${rehabplan.solver.parallel-solvers:2}")
    int parallelSolvers;

    private WorkspaceView view;

    @BeforeEach
    void openWorkspaceForANewPatient() {
        PatientProfile profile = new PatientProfile("ws-" + System.nanoTime(), "Workspace test", null,
                java.time.LocalDate.of(2026, 11, 2), java.time.LocalDate.of(2026, 11, 16), 3, 3, null, 30, 3,
                FallRisk.MODERATE, false, false, java.util.Set.of(Equipment.CHAIR, Equipment.WALL,
                Equipment.RESISTANCE_BAND, Equipment.COUNTER), List.of(),
                List.of(Restriction.of(RestrictionType.NO_SPINAL_FLEXION, 12),
                        Restriction.of(RestrictionType.NO_SPINAL_ROTATION, 12)));
        Patient patient = patients.create(profile, null);
        patientId = patient.getId();
        view = navigate("patients/" + patientId + "/workspace", WorkspaceView.class);
    }

    private void generateAndWait() {
        test(view.generate).click();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (view.generate.isEnabled() == false && System.nanoTime() < deadline) {
            sleep();
            runPendingAccessTasks();
            roundTrip();
        }
        assertThat(view.generate.isEnabled()).as("solver finished").isTrue();
    }

    /** Runs the UI.access() tasks that the solver thread queued while this test thread held the session lock. */
    private static void runPendingAccessTasks() {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ScheduledExercise firstExercise() {
        SessionPlan session = view.plan.result().weeks().get(0).sessions().get(0);
        return session.exercises().stream().filter(e -> !e.warmUp()).findFirst().orElseThrow();
    }

    @Test
    void generatingShowsAFeasiblePlanWithWhyForEachExercise() {
        generateAndWait();
        assertThat(view.plan.result().feasible()).isTrue();
        assertThat(view.status.getText()).startsWith("Plan ready");
        assertThat(view.board.isVisible()).isTrue();
        assertThat($(ExerciseCard.class).all()).isNotEmpty();
        assertThat(firstExercise().why()).anyMatch(w -> w.startsWith("Safe this week"));
    }

    @Test
    void aSecondClickWhileSolvingDoesNotStartAnotherSolve() {
        test(view.generate).click();
        assertThat(view.generate.isEnabled()).isFalse();
        view.startSolving(); // as if a second click got through
        test(view.stop).click();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!view.generate.isEnabled() && System.nanoTime() < deadline) {
            sleep();
            runPendingAccessTasks();
            roundTrip();
        }
        // stopped while running: the best plan so far is kept; stopped while queued: nothing to keep
        assertThat(view.generate.isEnabled()).as("the view is free again").isTrue();
        assertThat(view.plan != null || view.status.getText().startsWith("Stopped before it started")).isTrue();
    }

    @Test
    void stoppingASolveStillWaitingForAFreeSolverFreesTheView() {
        // long solves (a year of daily sessions) keep every solver busy while the view's solve waits its turn
        PatientProfile busy = org.rehabplan.patient.Profiles.aProfile().weeksOut(2).weeks(52).sessions(7).minutes(60)
                .build();
        java.util.List<java.util.UUID> others = new java.util.ArrayList<>();
        for (int i = 0; i < parallelSolvers; i++) { // occupy every solver
            others.add(generator.start(busy, List.of(), p -> { }, d -> { }, e -> { }));
        }
        try {
            test(view.generate).click();
            test(view.stop).click();
            assertThat(view.status.getText()).startsWith("Stopped before it started");
            assertThat(view.generate.isEnabled()).isTrue();
            assertThat(view.stop.isEnabled()).isFalse();
        } finally {
            others.forEach(generator::stop);
        }
    }

    @Test
    void aLockedExerciseSurvivesReSolving() {
        generateAndWait();
        ScheduledExercise first = firstExercise();
        view.toggleLock(1, 1, first);
        assertThat(firstLockedInWeekOneSessionOne()).isEqualTo(first.exerciseId());
        generateAndWait();
        assertThat(firstLockedInWeekOneSessionOne()).isEqualTo(first.exerciseId());
    }

    @Test
    void swappingPutsTheChosenSafeAlternativeInPlaceAndLocksIt() {
        generateAndWait();
        ScheduledExercise first = firstExercise();
        view.swap(1, 1, first);
        SwapDialog dialog = $(SwapDialog.class).single();
        assertThat(test(dialog.grid).size()).isPositive();
        String chosen = test(dialog.grid).getRow(0).exercise().id();
        test((com.vaadin.flow.component.button.Button) test(dialog.grid).getCellComponent(0, 5)).click();
        SessionPlan session = view.plan.result().weeks().get(0).sessions().get(0);
        assertThat(session.exercises()).extracting(ScheduledExercise::exerciseId)
                .contains(chosen).doesNotContain(first.exerciseId());
        assertThat(session.exercises()).filteredOn(e -> e.exerciseId().equals(chosen))
                .singleElement().extracting(ScheduledExercise::locked).isEqualTo(true);
    }

    @Test
    void swapAlternativesAreSafeForTheWeekAndRankedBestFirst() {
        generateAndWait();
        ScheduledExercise first = firstExercise();
        view.swap(1, 1, first);
        SwapDialog dialog = $(SwapDialog.class).single();
        var alternatives = dialog.grid.getListDataView().getItems().toList();
        var week = view.plan.solution().getWeeks().get(0);
        assertThat(alternatives).allMatch(a -> week.safeExercises().contains(a.exercise()));
        var scores = alternatives.stream().map(a -> org.optaplanner.core.api.score.buildin.hardmediumsoft
                .HardMediumSoftScore.parseScore(a.score())).toList();
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void savingStoresTheShownPlanAsTheNextVersionWithItsLocks() {
        generateAndWait();
        ScheduledExercise first = firstExercise();
        view.toggleLock(1, 1, first);
        test(view.save).click();
        SaveVersionDialog dialog = $(SaveVersionDialog.class).single();
        test(dialog.note).setValue("Started at home");
        test(dialog.save).click();

        var saved = versions.latest(patientId).orElseThrow();
        assertThat(saved.version().getVersionNumber()).isEqualTo(1);
        assertThat(saved.version().getNote()).isEqualTo("Started at home");
        assertThat(saved.plan()).isEqualTo(view.plan.result());
        assertThat(saved.pins()).contains(new org.rehabplan.planning.PinnedExercise(1, 1, first.exerciseId()));
        assertThat(view.save.isEnabled()).as("nothing new to save").isFalse();

        test(view.print).click(); // the second click from the plan: its print, PDF and share page
        assertThat(getCurrentView()).isInstanceOf(org.rehabplan.schedule.ui.PlanVersionView.class);
    }

    @Test
    void printIsOnlyOfferedForASavedUnchangedPlan() {
        generateAndWait();
        assertThat(view.print.isEnabled()).as("not saved yet").isFalse();
        view.saveVersion(null);
        assertThat(view.print.isEnabled()).isTrue();
        view.toggleLock(1, 1, firstExercise());
        assertThat(view.print.isEnabled()).as("changed since saving").isFalse();
    }

    @Test
    void reopeningThePatientShowsTheLatestSavedVersionWithItsLocksKept() {
        generateAndWait();
        ScheduledExercise first = firstExercise();
        view.toggleLock(1, 1, first);
        view.saveVersion(null);
        var savedPlan = view.plan.result();

        navigate(org.rehabplan.patient.ui.PatientListView.class);
        view = navigate("patients/" + patientId + "/workspace", WorkspaceView.class);

        assertThat(view.plan).isNotNull();
        assertThat(view.status.getText()).startsWith("Showing saved version 1");
        assertThat(view.plan.result().weeks()).isEqualTo(savedPlan.weeks());
        assertThat(firstLockedInWeekOneSessionOne()).isEqualTo(first.exerciseId());
    }

    @Test
    void anUnsafePlanCannotBeSaved() {
        assertThat(view.save.isEnabled()).as("no plan yet").isFalse();
        view.saveVersion(null);
        assertThat(versions.versions(patientId)).isEmpty();
    }

    private String firstLockedInWeekOneSessionOne() {
        return view.plan.result().weeks().get(0).sessions().get(0).exercises().stream()
                .filter(ScheduledExercise::locked).map(ScheduledExercise::exerciseId).findFirst().orElse(null);
    }
}
