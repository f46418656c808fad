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
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.SessionPlan;
import org.rehabplan.planning.service.PlanAdjuster;
import org.rehabplan.planning.service.PlanEditor;
import org.rehabplan.planning.service.SolveGate;
import org.rehabplan.planning.service.UnsafeEditException;
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
    org.rehabplan.planning.service.SolveGate gate;

    @Autowired
    org.rehabplan.planning.service.PlanAdjuster adjuster;

    @Autowired
    org.rehabplan.planning.service.PlanEditor editor;

    @Autowired
    org.rehabplan.plan.PlanDraftService drafts;

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
        assertThat(view.score.safety.getText()).isEqualTo("Safe");
        assertThat(view.unsaved.isVisible()).as("a new plan is unsaved").isTrue();
        assertThat(view.board.isVisible()).isTrue();
        assertThat($(ExerciseCard.class).all()).isNotEmpty();
        assertThat(firstExercise().why()).anyMatch(w -> w.code().equals("SAFE_THIS_WEEK"));
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
        java.util.List<org.rehabplan.planning.service.SolveGate.Solve> others = new java.util.ArrayList<>();
        org.rehabplan.planning.HeldSolves held = new org.rehabplan.planning.HeldSolves();
        for (int i = 0; i < parallelSolvers; i++) { // occupy every solver (other therapists' solves)
            others.add(gate.start("busy-" + i, busy, List.of(), held.holding(), d -> { }, e -> { }));
        }
        try {
            test(view.generate).click();
            test(view.stop).click();
            assertThat(view.status.getText()).startsWith("Stopped before it started");
            assertThat(view.generate.isEnabled()).isTrue();
            assertThat(view.stop.isEnabled()).isFalse();
        } finally {
            held.release();
            others.forEach(org.rehabplan.planning.service.SolveGate.Solve::stop);
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
        ChooseExerciseDialog dialog = $(ChooseExerciseDialog.class).single();
        assertThat(test(dialog.grid).size()).isPositive();
        String chosen = test(dialog.grid).getRow(0).exercise().id();
        test((com.vaadin.flow.component.button.Button) test(dialog.grid).getCellComponent(0, 0)).click();
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
        ChooseExerciseDialog dialog = $(ChooseExerciseDialog.class).single();
        var shown = dialog.grid.getListDataView().getItems().toList();
        var week = view.plan.solution().getWeeks().get(0);
        assertThat(shown).allMatch(a -> week.safeExercises().contains(a.exercise()));
        var ranked = adjuster.alternatives(view.plan, 1, 1, first.exerciseId());
        var scores = ranked.stream().map(a -> org.optaplanner.core.api.score.buildin.hardmediumsoft
                .HardMediumSoftScore.parseScore(a.score())).toList();
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(shown).extracting(c -> c.exercise().id())
                .containsExactlyElementsOf(ranked.stream().map(a -> a.exercise().id()).toList());
        assertThat(shown).allMatch(c -> !c.reason().isBlank() && !c.reason().contains("hard"));

        test(dialog.search).setValue(shown.get(0).exercise().name().substring(0, 4));
        assertThat(dialog.grid.getListDataView().getItems().toList()).isNotEmpty()
                .allMatch(c -> c.exercise().name().toLowerCase().contains(
                        shown.get(0).exercise().name().substring(0, 4).toLowerCase())
                        || c.exercise().category().label().toLowerCase().contains(
                        shown.get(0).exercise().name().substring(0, 4).toLowerCase()));
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
        assertThat(saved.pins()).contains(new org.rehabplan.plan.PinnedExercise(1, 1, first.exerciseId()));
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

        navigate(org.rehabplan.caseload.ui.PatientListView.class);
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

    @Test
    void addingAnExerciseFromTheSafeListReScoresThePlanKeepsItSafeAndLocksIt() {
        generateAndWait();
        int[] target = sessionWithRoom();
        view.add(target[0], target[1]);
        ChooseExerciseDialog dialog = $(ChooseExerciseDialog.class).single();
        var choices = dialog.grid.getListDataView().getItems().toList();
        assertThat(choices).isNotEmpty();
        var week = view.plan.solution().getWeeks().get(target[0] - 1);
        assertThat(choices).allMatch(c -> week.safeExercises().contains(c.exercise()));
        String before = view.plan.result().score();
        String chosen = choices.get(0).exercise().id();
        test((com.vaadin.flow.component.button.Button) test(dialog.grid).getCellComponent(0, 0)).click();

        assertThat(view.plan.result().feasible()).isTrue();
        assertThat(session(target[0], target[1]).exercises()).filteredOn(e -> e.exerciseId().equals(chosen))
                .singleElement().extracting(ScheduledExercise::locked).isEqualTo(true);
        assertThat(view.plan.result().score()).as("re-scored").isNotEqualTo(before);
        assertThat(view.dirty).isTrue();
    }

    @Test
    void everyExerciseOfferedForAddingKeepsThePlanSafe() {
        generateAndWait();
        int[] target = sessionWithRoom();
        var candidates = editor.candidatesToAdd(view.plan, target[0], target[1]);
        assertThat(candidates).isNotEmpty();
        for (var candidate : candidates) {
            var added = editor.add(view.plan, target[0], target[1], candidate.exercise().id());
            assertThat(added.result().feasible()).as(candidate.exercise().id()).isTrue();
            view.plan = editor.remove(added, target[0], target[1], candidate.exercise().id());
        }
    }

    @Test
    void removingAnExerciseReScoresThePlanAndUndoBringsItBack() {
        generateAndWait();
        ScheduledExercise first = firstExercise();
        String before = view.plan.result().score();
        view.remove(1, 1, first);
        assertThat(session(1, 1).exercises()).extracting(ScheduledExercise::exerciseId)
                .doesNotContain(first.exerciseId());
        assertThat(view.plan.result().feasible()).isTrue();
        assertThat(view.plan.result().score()).as("re-scored").isNotEqualTo(before);

        test(view.undo).click();
        assertThat(session(1, 1).exercises()).extracting(ScheduledExercise::exerciseId)
                .contains(first.exerciseId());
    }

    @Test
    void movingAnExerciseToAnotherDayOffersOnlySafeDaysAndKeepsThePlanSafe() {
        generateAndWait();
        // sessions of a week usually repeat the same routine: make room on the second day first
        ScheduledExercise onDayTwo = session(1, 2).exercises().stream().filter(e -> !e.warmUp()).findFirst()
                .orElseThrow();
        view.remove(1, 2, onDayTwo);
        ScheduledExercise moving = null;
        org.rehabplan.planning.service.PlanEditor.MoveTarget to = null;
        for (ScheduledExercise e : session(1, 1).exercises().stream().filter(x -> !x.warmUp()).toList()) {
            var targets = editor.moveTargets(view.plan, 1, 1, e.exerciseId());
            if (!targets.isEmpty()) {
                moving = e;
                to = targets.get(0);
                break;
            }
        }
        assertThat(moving).as("an exercise that can move").isNotNull();
        view.move(1, 1, moving);
        MoveDialog dialog = $(MoveDialog.class).single();
        dialog.days.setValue(dialog.days.getGenericDataView().getItems().findFirst().orElseThrow());
        test(dialog.move).click();

        String id = moving.exerciseId();
        assertThat(view.plan.result().feasible()).isTrue();
        assertThat(session(1, 1).exercises()).extracting(ScheduledExercise::exerciseId).doesNotContain(id);
        assertThat(session(1, to.session()).exercises()).extracting(ScheduledExercise::exerciseId).contains(id);
    }

    @Test
    void unsavedWorkIsKeptAsADraftAndIsThereAfterComingBack() {
        generateAndWait();
        ScheduledExercise first = firstExercise();
        view.toggleLock(1, 1, first);
        assertThat(view.unsaved.isVisible()).isTrue();
        assertThat(drafts.find(patientId)).isPresent();

        // leave (keeping the draft), then open the patient again: a new view reads the draft from the server
        com.vaadin.flow.component.UI.getCurrent().navigate(org.rehabplan.caseload.ui.PatientListView.class);
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();
        assertThat(getCurrentView()).isInstanceOf(org.rehabplan.caseload.ui.PatientListView.class);
        WorkspaceView old = view;
        view = navigate("patients/" + patientId + "/workspace", WorkspaceView.class);
        assertThat(view).isNotSameAs(old);
        assertThat(view.plan).isNotNull();
        assertThat(view.dirty).isTrue();
        assertThat(view.status.getText()).startsWith("Your unsaved draft");
        assertThat(firstLockedInWeekOneSessionOne()).isEqualTo(first.exerciseId());
    }

    @Test
    void leavingWithUnsavedChangesAsksAndStayingKeepsThePage() {
        generateAndWait();
        view.toggleLock(1, 1, firstExercise());
        com.vaadin.flow.component.UI.getCurrent().navigate(org.rehabplan.caseload.ui.PatientListView.class);
        var ask = $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        assertThat(ask.isOpened()).isTrue();
        test(ask).cancel();
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void savingClearsTheDraftAndTheUnsavedMark() {
        generateAndWait();
        view.saveVersion(null);
        assertThat(drafts.find(patientId)).isEmpty();
        assertThat(view.unsaved.isVisible()).isFalse();
    }

    @Test
    void discardingDropsTheDraftAfterConfirming() {
        generateAndWait();
        test(view.discard).click();
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();
        assertThat(drafts.find(patientId)).isEmpty();
        assertThat(view.plan).isNull();
        assertThat(view.dirty).isFalse();
    }

    private SessionPlan session(int week, int number) {
        return view.plan.result().weeks().get(week - 1).sessions().stream().filter(s -> s.number() == number)
                .findFirst().orElseThrow();
    }

    /** A session where something can still be added; removes an exercise first if every session is full. */
    private int[] sessionWithRoom() {
        for (var week : view.plan.result().weeks()) {
            for (var s : week.sessions()) {
                if (!editor.candidatesToAdd(view.plan, week.week(), s.number()).isEmpty()) {
                    return new int[] {week.week(), s.number()};
                }
            }
        }
        ScheduledExercise first = firstExercise();
        view.remove(1, 1, first);
        return new int[] {1, 1};
    }

    /** The first exercise of week 1, session 1 whose dose has more than one safe value to choose. */
    private ScheduledExercise exerciseWithADoseToEdit() {
        return session(1, 1).exercises().stream().filter(e -> !e.warmUp())
                .filter(e -> {
                    var choices = editor.doseChoices(view.plan, 1, 1, e.exerciseId());
                    return choices.parts().stream().anyMatch(p -> choices.values(p, choices.current()).size() > 1);
                }).findFirst().orElseThrow();
    }

    /** Picks, in the dialog, another offered value of the first part that has one; returns the dose chosen. */
    private org.rehabplan.plan.EditedDose chooseAnotherDose(DoseDialog dialog) {
        for (var entry : dialog.parts.entrySet()) {
            var select = entry.getValue();
            List<Integer> offered = select.getGenericDataView().getItems().toList();
            Integer other = offered.stream().filter(v -> !v.equals(select.getValue())).findFirst().orElse(null);
            if (other != null) {
                select.setValue(other);
                return dialog.dose();
            }
        }
        throw new AssertionError("no other dose offered");
    }

    @Test
    void editingADoseOffersOnlySafeValuesReScoresThePlanKeepsItSafeAndUndoBringsTheOldDoseBack() {
        generateAndWait();
        ScheduledExercise exercise = exerciseWithADoseToEdit();
        String before = exercise.dose();
        var choices = editor.doseChoices(view.plan, 1, 1, exercise.exerciseId());
        view.editDose(1, 1, exercise);
        DoseDialog dialog = $(DoseDialog.class).single();
        for (var entry : dialog.parts.entrySet()) {
            // every value offered keeps the plan safe with the other parts as chosen
            entry.getValue().getGenericDataView().getItems().forEach(v ->
                    assertThat(choices.allows(entry.getKey().with(dialog.dose(), v))).as(entry.getKey() + "=" + v)
                            .isTrue());
        }
        var chosen = chooseAnotherDose(dialog);
        String scoreBefore = view.plan.result().score();
        test(dialog.apply).click();

        ScheduledExercise after = session(1, 1).exercises().stream()
                .filter(e -> e.exerciseId().equals(exercise.exerciseId())).findFirst().orElseThrow();
        assertThat(after.dose()).isEqualTo(choices.prescription(chosen).describe()).isNotEqualTo(before);
        assertThat(after.doseEdited()).isTrue();
        assertThat(after.locked()).as("locked so a re-solve keeps it").isTrue();
        assertThat(view.plan.result().feasible()).isTrue();
        assertThat(view.score.safety.getText()).isEqualTo("Safe");
        assertThat(view.plan.result().score()).as("re-scored").isNotEqualTo(scoreBefore);
        // every session of week 1 that holds the exercise has the new dose
        view.plan.result().weeks().get(0).sessions().stream().flatMap(s -> s.exercises().stream())
                .filter(e -> e.exerciseId().equals(exercise.exerciseId()))
                .forEach(e -> assertThat(e.dose()).isEqualTo(after.dose()));

        test(view.undo).click();
        assertThat(session(1, 1).exercises()).filteredOn(e -> e.exerciseId().equals(exercise.exerciseId()))
                .extracting(ScheduledExercise::dose).containsOnly(before);
    }

    @Test
    void aDoseOutsideTheSafeRangeIsRefusedAndThePlanStaysAsItWas() {
        generateAndWait();
        ScheduledExercise exercise = exerciseWithADoseToEdit();
        var choices = editor.doseChoices(view.plan, 1, 1, exercise.exerciseId());
        var part = choices.parts().getFirst();
        var tooMuch = part.with(choices.current(), 1000);
        String score = view.plan.result().score();
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                editor.setDose(view.plan, 1, 1, exercise.exerciseId(), tooMuch))
                .isInstanceOf(org.rehabplan.planning.service.UnsafeEditException.class);
        assertThat(view.plan.solution().getScore().toString()).isEqualTo(score);
    }

    @Test
    void anEditedDoseSurvivesReSolvingSavingAndComingBackToTheDraft() {
        generateAndWait();
        ScheduledExercise exercise = exerciseWithADoseToEdit();
        view.editDose(1, 1, exercise);
        DoseDialog dialog = $(DoseDialog.class).single();
        chooseAnotherDose(dialog);
        test(dialog.apply).click();
        String edited = session(1, 1).exercises().stream().filter(e -> e.exerciseId().equals(exercise.exerciseId()))
                .findFirst().orElseThrow().dose();

        generateAndWait(); // re-solve: the locked exercise keeps its dose
        assertThat(doseInWeekOneSessionOne(exercise.exerciseId())).isEqualTo(edited);

        // the draft: a new view reads it back from the server
        com.vaadin.flow.component.UI.getCurrent().navigate(org.rehabplan.caseload.ui.PatientListView.class);
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();
        view = navigate("patients/" + patientId + "/workspace", WorkspaceView.class);
        assertThat(doseInWeekOneSessionOne(exercise.exerciseId())).isEqualTo(edited);

        view.saveVersion("edited dose");
        var saved = versions.latest(patientId).orElseThrow();
        assertThat(saved.plan().weeks().get(0).sessions().get(0).exercises())
                .filteredOn(e -> e.exerciseId().equals(exercise.exerciseId()))
                .extracting(ScheduledExercise::dose).containsOnly(edited);
        assertThat(saved.pins()).anySatisfy(p -> assertThat(p.dose()).isNotNull());
        // reopening the saved version (no draft any more) keeps the dose
        com.vaadin.flow.component.UI.getCurrent().navigate(org.rehabplan.caseload.ui.PatientListView.class);
        view = navigate("patients/" + patientId + "/workspace", WorkspaceView.class);
        assertThat(view.dirty).isFalse();
        assertThat(doseInWeekOneSessionOne(exercise.exerciseId())).isEqualTo(edited);
    }

    private String doseInWeekOneSessionOne(String exerciseId) {
        return session(1, 1).exercises().stream().filter(e -> e.exerciseId().equals(exerciseId)).findFirst()
                .orElseThrow().dose();
    }
}
