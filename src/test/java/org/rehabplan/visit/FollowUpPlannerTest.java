package org.rehabplan.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabplan.patient.Profiles.aProfile;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rehabplan.base.Reason;
import org.rehabplan.base.ReasonText;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.WeekPlan;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.plan.SavedPlan;
import org.rehabplan.planning.service.PlanAdjuster;
import org.rehabplan.planning.service.PlanGenerator;
import org.rehabplan.planning.service.PlanRestorer;
import org.rehabplan.planning.service.SolvedPlan;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A patient 8 weeks after the procedure whose 6-week plan (progressive-loading phase) started two weeks ago: at a
 * visit today weeks 1–2 are past and weeks 3–6 are re-planned.
 */
@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
class FollowUpPlannerTest {

    @Autowired
    ReasonText words;

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    FollowUpPlanner planner;
    @Autowired
    VisitService visits;
    @Autowired
    PatientService patients;
    @Autowired
    PlanVersionService versions;
    @Autowired
    PlanGenerator generator;
    @Autowired
    org.rehabplan.protocol.ProtocolRegistry protocols;
    @Autowired
    Catalog catalog;
    @Autowired
    PlanRestorer restorer;

    private Patient patientWithSavedPlan(int pain) {
        PatientProfile profile = aProfile().ref("fu-" + System.nanoTime()).procedure(TODAY.minusWeeks(8))
                .start(TODAY.minusWeeks(2)).weeks(6).pain(pain)
                .restriction(Restriction.liftLimit(4.5, 7))
                .restriction(Restriction.of(RestrictionType.NO_IMPACT, null)).build();
        Patient patient = patients.create(profile, "therapist");
        PlanResult plan = generator.generate(profile, List.of());
        assertThat(plan.feasible()).as("the starting plan is safe").isTrue();
        versions.save(patient.getId(), profile, plan, List.of(), "therapist", "first plan", null);
        return patient;
    }

    private Visit visitToday(Patient patient, int pain, Map<String, Boolean> tolerated) {
        return visits.record(patient.getId(), new VisitEntry(TODAY, pain, null, 12.0, 11, tolerated));
    }

    private SavedPlan saved(Patient patient) {
        return versions.latest(patient.getId()).orElseThrow();
    }

    private static Stream<ScheduledExercise> exercises(List<WeekPlan> weeks) {
        return weeks.stream().flatMap(w -> w.sessions().stream()).flatMap(s -> s.exercises().stream());
    }

    @Test
    void theSavedVersionsNoteSaysWhatTheFollowUpDidInTheSavingTherapistsLanguage() {
        Patient patient = patientWithSavedPlan(2);

        FollowUp followUp = planner.replan(patient.getId(), visitToday(patient, 5, Map.of()).getId(),
                Locale.forLanguageTag("es"));

        assertThat(saved(patient).version().getNote()).isEqualTo("Control del " + followUp.visitDate()
                + ": semanas 1–2 mantenidas de la versión 1, semanas 3–6 replanificadas para un dolor de 5/10");
    }

    @Test
    void followUpReplanKeepsPastWeeksUnchanged() {
        Patient patient = patientWithSavedPlan(2);
        PlanResult before = saved(patient).plan();

        FollowUp followUp = planner.replan(patient.getId(), visitToday(patient, 5, Map.of()).getId(), Locale.ENGLISH);

        assertThat(followUp.saved()).isTrue();
        assertThat(followUp.keptWeeks()).containsExactly(1, 2);
        assertThat(followUp.replannedWeeks()).containsExactly(3, 4, 5, 6);
        SavedPlan after = saved(patient);
        assertThat(after.version().getVersionNumber()).isEqualTo(2);
        assertThat(after.version().getVisitId()).isEqualTo(followUp.visitId());
        assertThat(after.plan().weeks().subList(0, 2)).isEqualTo(before.weeks().subList(0, 2));
        assertThat(after.plan().weeks()).extracting(WeekPlan::week).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(after.plan().weeks()).extracting(WeekPlan::start)
                .containsExactlyElementsOf(before.weeks().stream().map(WeekPlan::start).toList());
        assertThat(after.plan().planStart()).isEqualTo(before.planStart());
        assertThat(after.plan().feasible()).isTrue();
    }

    @Test
    void aSavedReplanReopensSafeAndAResolveNeverChangesAWeekAlreadyStarted() {
        Patient patient = patientWithSavedPlan(2);
        planner.replan(patient.getId(), visitToday(patient, 8, Map.of()).getId(), Locale.ENGLISH);
        SavedPlan saved = saved(patient);
        PatientProfile current = patients.profile(patients.find(patient.getId()).orElseThrow());

        SolvedPlan reopened = restorer.restore(current, saved.weekProfiles(), saved.plan(), TODAY);
        assertThat(reopened.result().feasible()).as("the saved re-plan reopens safe").isTrue();
        assertThat(reopened.solution().getDoneWeeks()).isEqualTo(2);

        PlanResult resolved = generator.generate(current, PlanAdjuster.locks(reopened),
                reopened.solution().profilesForResolve(current), reopened.solution().getDoneWeeks());
        assertThat(resolved.feasible()).isTrue();
        for (int w = 0; w < 2; w++) {
            assertThat(doses(resolved.weeks().get(w))).as("week " + (w + 1) + " after a re-solve")
                    .isEqualTo(doses(saved.plan().weeks().get(w)));
        }
    }

    @Test
    void theSeamOfAReplanIsScoredAndAStepBackAtItSaysWhy() {
        Patient patient = patientWithSavedPlan(2);
        FollowUp followUp = planner.replan(patient.getId(), visitToday(patient, 8, Map.of()).getId(), Locale.ENGLISH);
        WeekPlan firstNew = followUp.plan().weeks().get(2);
        int hardestBefore = exercises(List.of(followUp.plan().weeks().get(1))).mapToInt(ScheduledExercise::level)
                .max().orElseThrow();
        int hardestAfter = exercises(List.of(firstNew)).mapToInt(ScheduledExercise::level).max().orElseThrow();
        assertThat(hardestAfter).isLessThan(hardestBefore);
        assertThat(firstNew.stepBackReasons()).as("the step back at the seam is explained").isNotEmpty()
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("LEVEL_ABOVE_PAIN_CAP"));
    }

    private static List<String> doses(WeekPlan week) {
        return week.sessions().stream().flatMap(s -> s.exercises().stream()
                .map(e -> s.number() + ":" + e.exerciseId() + " " + e.dose())).sorted().toList();
    }

    @Test
    void replanAfterAPainRiseLowersIntensity() {
        Patient patient = patientWithSavedPlan(2);
        List<WeekPlan> remainingBefore = saved(patient).plan().weeks().subList(2, 6);

        FollowUp followUp = planner.replan(patient.getId(), visitToday(patient, 8, Map.of()).getId(), Locale.ENGLISH);

        List<WeekPlan> remainingAfter = followUp.plan().weeks().subList(2, 6);
        int capAtPain8 = protocols.defaultProtocol().levelCapForPain(8);
        int maxBefore = exercises(remainingBefore).mapToInt(ScheduledExercise::level).max().orElseThrow();
        int maxAfter = exercises(remainingAfter).mapToInt(ScheduledExercise::level).max().orElseThrow();
        assertThat(maxAfter).isLessThanOrEqualTo(capAtPain8).isLessThan(maxBefore);
        // the same exercise in the same week never gets a bigger dose at the higher pain
        for (int i = 0; i < remainingAfter.size(); i++) {
            Map<String, ScheduledExercise> beforeById = new HashMap<>();
            exercises(List.of(remainingBefore.get(i))).forEach(e -> beforeById.put(e.exerciseId(), e));
            exercises(List.of(remainingAfter.get(i))).filter(e -> beforeById.containsKey(e.exerciseId()))
                    .forEach(e -> assertThat(work(e)).isLessThanOrEqualTo(work(beforeById.get(e.exerciseId()))));
        }
        assertThat(followUp.previousPain()).isEqualTo(2);
        assertThat(patients.profile(patients.find(patient.getId()).orElseThrow()).painLevel()).isEqualTo(8);
    }

    private static int work(ScheduledExercise e) {
        return Objects.requireNonNullElse(e.sets(), 1) * Objects.requireNonNullElse(e.reps(), 1)
                * Objects.requireNonNullElse(e.holdSeconds(), 1) * Objects.requireNonNullElse(e.minutes(), 1);
    }

    @Test
    void anExerciseNotToleratedNeverAppearsInTheReplannedWeeksAndStaysExcluded() {
        Patient patient = patientWithSavedPlan(2);
        String notTolerated = exercises(saved(patient).plan().weeks().subList(2, 6)).map(ScheduledExercise::exerciseId)
                .findFirst().orElseThrow();

        FollowUp followUp = planner.replan(patient.getId(),
                visitToday(patient, 2, Map.of(notTolerated, false)).getId(), Locale.ENGLISH);

        assertThat(exercises(followUp.plan().weeks().subList(2, 6))).extracting(ScheduledExercise::exerciseId)
                .isNotEmpty().doesNotContain(notTolerated);
        assertThat(patients.profile(patients.find(patient.getId()).orElseThrow()).restrictions())
                .anyMatch(r -> r.type() == RestrictionType.EXCLUDE_EXERCISE && notTolerated.equals(r.exerciseId())
                        && r.untilWeek() == null);
    }

    @Test
    void aRestrictionThatExpiredBeforeTheVisitIsLifted() {
        Patient patient = patientWithSavedPlan(2); // lift limit until week 7; the visit is 8 weeks out

        FollowUp followUp = planner.replan(patient.getId(), visitToday(patient, 2, Map.of()).getId(), Locale.ENGLISH);

        assertThat(followUp.lifted()).containsExactly(Restriction.liftLimit(4.5, 7).asReason(followUp.plan().protocol()));
        // counted from the anchor date in the protocol's words, like everywhere else a restriction is shown
        assertThat(words.render(followUp.lifted(), Locale.ENGLISH))
                .containsExactly("Lift no more than 4.5 kg until 7 weeks after the procedure");
        assertThat(patients.profile(patients.find(patient.getId()).orElseThrow()).restrictions())
                .extracting(Restriction::type).containsExactly(RestrictionType.NO_IMPACT);
    }

    @Test
    void aLockInARemainingWeekIsKeptAtItsWeek() {
        Patient patient = patientWithSavedPlan(2);
        SavedPlan first = saved(patient);
        ScheduledExercise week4 = first.plan().weeks().get(3).sessions().get(0).exercises().get(0);
        versions.save(patient.getId(), first.profile(), first.plan(),
                List.of(new PinnedExercise(4, 1, week4.exerciseId())), "therapist", "with a lock", null);

        FollowUp followUp = planner.replan(patient.getId(), visitToday(patient, 2, Map.of()).getId(), Locale.ENGLISH);

        assertThat(followUp.plan().weeks().get(3).sessions().get(0).exercises())
                .anySatisfy(e -> assertThat(e.exerciseId()).isEqualTo(week4.exerciseId()));
        assertThat(saved(patient).pins()).containsExactly(new PinnedExercise(4, 1, week4.exerciseId()));
    }

    @Test
    void whenNothingSafeIsLeftTheReplanNamesTheConflictAndSavesNothing() {
        Patient patient = patientWithSavedPlan(2);
        Map<String, Boolean> nothingTolerated = new HashMap<>();
        catalog.exercises().forEach(e -> nothingTolerated.put(e.id(), false));

        FollowUp followUp = planner.replan(patient.getId(), visitToday(patient, 6, nothingTolerated).getId(), Locale.ENGLISH);

        assertThat(followUp.plan().feasible()).isFalse();
        assertThat(followUp.saved()).isFalse();
        // the conflict is told in the whole plan's week numbers: the first re-planned week is week 3
        assertThat(followUp.plan().conflicts()).isNotEmpty().first().extracting(Reason::week).isEqualTo(3);
        assertThat(words.render(followUp.plan().conflicts().getFirst(), Locale.ENGLISH)).startsWith("Week 3");
        assertThat(versions.versions(patient.getId())).hasSize(1);
        assertThat(patients.profile(patients.find(patient.getId()).orElseThrow()).painLevel()).isEqualTo(2);
    }

    @Test
    void replanningWithoutASavedPlanSaysSo() {
        Patient patient = patients.create(aProfile().ref("fu-none-" + System.nanoTime())
                .procedure(TODAY.minusWeeks(3)).weeksOut(2).build(), "therapist");
        Visit visit = visitToday(patient, 3, Map.of());

        assertThatThrownBy(() -> planner.replan(patient.getId(), visit.getId(), Locale.ENGLISH))
                .isInstanceOf(ReplanRefusedException.class)
                .satisfies(e -> assertThat(words.render(((ReplanRefusedException) e).reason(), Locale.ENGLISH))
                        .startsWith("No plan has been saved for this patient yet"));
    }

    @Test
    void aReplanIsNotSavedOverAVersionSavedMeanwhile() {
        Patient patient = patientWithSavedPlan(2);
        FollowUp first = planner.replan(patient.getId(), visitToday(patient, 3, Map.of()).getId(), Locale.ENGLISH);
        long versionsBefore = versions.versions(patient.getId()).size();

        // the same re-plan (from version 1) saved again, now that version 2 exists
        assertThatThrownBy(() -> planner.save(unsaved(first), Locale.ENGLISH))
                .isInstanceOf(ReplanRefusedException.class)
                .satisfies(e -> assertThat(words.render(((ReplanRefusedException) e).reason(), Locale.ENGLISH))
                        .contains("re-plan again"));
        assertThat(versions.versions(patient.getId())).hasSize((int) versionsBefore);
    }

    private static FollowUp unsaved(FollowUp f) {
        return new FollowUp(f.patientId(), f.patientVersion(), f.visitId(), f.visitDate(), f.basedOnVersion(),
                f.previousPain(), f.newPain(), f.plan(), f.keptWeeks(), f.replannedWeeks(), f.notTolerated(),
                f.lifted(), f.droppedLocks(), f.profileAfter(), f.planProfiles(), f.pins(), null, null);
    }
}
