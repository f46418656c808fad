package org.rehabplan.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rehabplan.catalog.Category;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.SessionPlan;
import org.rehabplan.plan.PlanResult.WeekPlan;
import org.rehabplan.protocol.CategoryTarget;
import org.rehabplan.quality.PlanReading.Homework;
import org.rehabplan.quality.PlanReading.StepBackReason;
import org.rehabplan.quality.PlanReading.WeekView;

/** The quality report's arithmetic on hand-made plans, so the report cannot silently count wrong. */
class QualityAnalyserTest {

    /** Aerobic targets like the protocol's: before 12 weeks 30 min on 2 days, from 12 weeks 60 min on 3 days. */
    private static final PlanAnalyser.WeeklyTargets TARGETS = weeksAfter -> weeksAfter < 12
            ? List.of(new CategoryTarget(Category.AEROBIC, null, 2, 30))
            : List.of(new CategoryTarget(Category.AEROBIC, null, 3, 60));

    private final PlanAnalyser analyser = new PlanAnalyser(TARGETS, ExerciseFacts.byCategory());

    @Test
    void aCategoryWhoseTopLevelFallsWithoutAReasonIsAnUnreasonedBackwardStep() {
        QualityTally t = analyse(
                week(1, 6, session(1, ex("bird-dog", Category.SPINAL_EXTENSOR, 3, 2, 8, null, 3))),
                week(2, 7, session(1, ex("prone-lying", Category.SPINAL_EXTENSOR, 1, 2, 8, null, 3))));

        assertThat(t.backwardUnreasoned).isEqualTo(1);
        assertThat(t.backwardReasoned).isZero();
        assertThat(t.levelFalls).isEqualTo(1);
        assertThat(t.volumeFalls).isZero();
        assertThat(t.findings).anyMatch(f -> f.contains("SPINAL_EXTENSOR steps back") && f.contains("NO REASON"));
    }

    @Test
    void aBackwardStepWithAStatedReasonForItsCategoryIsCountedAsReasoned() {
        QualityTally t = analyse(
                week(1, 6, session(1, ex("bird-dog", Category.SPINAL_EXTENSOR, 3, 2, 8, null, 3))),
                week(2, 7, List.of(), List.of(new StepBackReason(Category.SPINAL_EXTENSOR, "prone-lying", "PAIN_ROSE")),
                        session(1, ex("prone-lying", Category.SPINAL_EXTENSOR, 1, 2, 8, null, 3))));

        assertThat(t.backwardUnreasoned).isZero();
        assertThat(t.backwardReasoned).isEqualTo(1);
    }

    @Test
    void aReasonGivenForAnotherCategoryDoesNotExcuseAStepBack() {
        QualityTally t = analyse(
                week(1, 6, session(1, ex("bird-dog", Category.SPINAL_EXTENSOR, 3, 2, 8, null, 3))),
                week(2, 7, List.of(), List.of(new StepBackReason(Category.BALANCE, null, "NOT_TOLERATED")),
                        session(1, ex("prone-lying", Category.SPINAL_EXTENSOR, 1, 2, 8, null, 3))));

        assertThat(t.backwardUnreasoned).isEqualTo(1);
    }

    @Test
    void fewerSetsOfTheSameExerciseAreAVolumeStepBackAndADoseDrop() {
        QualityTally t = analyse(
                week(1, 6, session(1, ex("wall-push-up", Category.UPPER_BACK_SHOULDER, 2, 3, 11, null, 3))),
                week(2, 7, session(1, ex("wall-push-up", Category.UPPER_BACK_SHOULDER, 2, 1, 8, null, 1))));

        assertThat(t.backwardUnreasoned).isEqualTo(1);
        assertThat(t.volumeFalls).isEqualTo(1);
        assertThat(t.levelFalls).isZero();
        assertThat(t.doseStepPairs).isEqualTo(1);
        assertThat(t.doseDrops).isEqualTo(1);
        assertThat(t.findings).anyMatch(f -> f.contains("dose of wall-push-up drops 3 × 11 -> 1 × 8"));
    }

    @Test
    void aCategoryDroppedFromOneWeekToTheNextIsAStepBackButOneAddedIsNot() {
        QualityTally t = analyse(
                week(1, 6, session(1, ex("walking", Category.AEROBIC, 1, null, null, null, 15))),
                week(2, 7, session(1, ex("heel-raises", Category.LOWER_LIMB, 1, 1, 10, null, 1))));

        assertThat(t.backwardUnreasoned).isEqualTo(1);
        assertThat(t.categoryDropped).isEqualTo(1);
        assertThat(t.categoryStepPairs).isEqualTo(2);
    }

    @Test
    void aFamilyMovingUpBelowTheCategorysTopLevelIsProgressionToo() {
        ScheduledExercise stepUp = ex("step-up-low", Category.LOWER_LIMB, 3, 2, 8, null, 3);
        QualityTally t = analyse(
                week(1, 18, session(1, stepUp, ex("sit-to-stand-slow-lowering", Category.LOWER_LIMB, 2, 2, 12, null, 4))),
                week(2, 19, session(1, stepUp, ex("sit-to-stand-low-seat", Category.LOWER_LIMB, 3, 2, 8, null, 3))));
        QualityTally easier = analyse(
                week(1, 18, session(1, stepUp, ex("sit-to-stand-slow-lowering", Category.LOWER_LIMB, 2, 2, 12, null, 4))),
                week(2, 19, session(1, stepUp, ex("long-arc-quad", Category.LOWER_LIMB, 1, 1, 8, null, 1))));

        assertThat(t.backwardSteps()).isZero();
        assertThat(t.harderVariantAtLowerVolume).isEqualTo(1);
        assertThat(easier.backwardUnreasoned).isEqualTo(1);
    }

    @Test
    void aCategoryDoneOnlyAsHomeworkIsJudgedByItsVolumeNotByAMissingLevel() {
        QualityTally same = analyse(
                week(1, 12, session(1, ex("walking-program", Category.AEROBIC, 2, null, null, null, 30))),
                week(2, 13, List.of(new Homework("walking-program", Category.AEROBIC, 10, 3)), List.of(),
                        session(1, ex("chin-tuck", Category.POSTURE, 1, 1, 10, null, 1))));
        QualityTally less = analyse(
                week(1, 12, session(1, ex("walking-program", Category.AEROBIC, 2, null, null, null, 30))),
                week(2, 13, List.of(new Homework("walking-program", Category.AEROBIC, 10, 2)), List.of(),
                        session(1, ex("chin-tuck", Category.POSTURE, 1, 1, 10, null, 1))));

        assertThat(same.backwardSteps()).isZero();
        assertThat(less.backwardUnreasoned).isEqualTo(1);
        assertThat(less.levelFalls).isZero();
        assertThat(less.volumeFalls).isEqualTo(1);
    }

    @Test
    void progressingDoseAndLevelIsNeitherABackwardStepNorADoseDrop() {
        QualityTally t = analyse(
                week(1, 6, session(1, ex("sit-to-stand", Category.LOWER_LIMB, 2, 1, 8, null, 1),
                        ex("walking", Category.AEROBIC, 1, null, null, null, 15))),
                week(2, 7, session(1, ex("sit-to-stand", Category.LOWER_LIMB, 2, 2, 8, null, 2),
                        ex("walking", Category.AEROBIC, 1, null, null, null, 20))));

        assertThat(t.backwardSteps()).isZero();
        assertThat(t.doseDrops).isZero();
        assertThat(t.doseStepPairs).isEqualTo(2);
    }

    @Test
    void aStrengthDayNeedsBackExtensorAndLegWorkInTheSameSession() {
        ScheduledExercise extensor = ex("seated-back-extension", Category.SPINAL_EXTENSOR, 1, 2, 8, 5, 2);
        ScheduledExercise legs = ex("sit-to-stand", Category.LOWER_LIMB, 2, 2, 8, null, 2);
        QualityTally twoDays = analyse(week(1, 4, session(1, extensor, legs), session(2, extensor),
                session(3, extensor, legs)));
        QualityTally oneDay = analyse(week(1, 4, session(1, extensor, legs), session(2, extensor), session(3, legs)));
        QualityTally tooEarly = analyse(week(1, 1, session(1, extensor), session(2, legs)));

        assertThat(twoDays.strengthWeeks).isEqualTo(1);
        assertThat(twoDays.strengthWeeksWithTwoDays).isEqualTo(1);
        assertThat(twoDays.strengthWeeksWithTwoSpacedDays).isEqualTo(1);
        assertThat(oneDay.strengthWeeksWithTwoDays).isZero();
        assertThat(tooEarly.strengthWeeks).isZero();
    }

    @Test
    void passiveItemsCountTowardNothingAndDoNotMakeAStrengthDay() {
        ExerciseFacts facts = new ExerciseFacts() {
            @Override
            public Set<Category> countsToward(String exerciseId, Category category) {
                return exerciseId.equals("prone-lying") ? Set.of() : Set.of(category);
            }

            @Override
            public double tempoSeconds(String exerciseId) {
                return 4;
            }

            @Override
            public double restSeconds(String exerciseId) {
                return 30;
            }
        };
        ScheduledExercise passive = ex("prone-lying", Category.SPINAL_EXTENSOR, 1, null, null, 60, 1);
        ScheduledExercise legs = ex("sit-to-stand", Category.LOWER_LIMB, 2, 2, 8, null, 2);
        QualityTally t = new PlanAnalyser(TARGETS, facts).analyse("p", true,
                List.of(week(1, 4, session(1, passive, legs), session(2, passive, legs))));

        assertThat(t.scheduled).isEqualTo(4);
        assertThat(t.passive).isEqualTo(2);
        assertThat(t.strengthWeeksWithTwoDays).isZero();
    }

    @Test
    void longTermAerobicMinutesIncludeHomeworkMinutesTimesDays() {
        ScheduledExercise walk = ex("walking-program", Category.AEROBIC, 1, null, null, null, 20);
        QualityTally reaches = analyse(week(1, 12, List.of(new Homework("walking-program", Category.AEROBIC, 30, 3)),
                List.of(), session(1, walk), session(2, walk), session(3, walk)));
        QualityTally shortOf = analyse(week(1, 12, session(1, walk), session(2, walk), session(3, walk)));
        QualityTally notLongTerm = analyse(week(1, 11, session(1, walk)));

        assertThat(reaches.longTermAerobicMinutes).containsExactly(150);
        assertThat(reaches.longTermWeeksReaching150).isEqualTo(1);
        assertThat(reaches.category(Category.AEROBIC).targetMet).isEqualTo(1);
        assertThat(shortOf.longTermAerobicMinutes).containsExactly(60);
        assertThat(shortOf.longTermWeeksReaching150).isZero();
        assertThat(notLongTerm.longTermWeeks).isZero();
        assertThat(notLongTerm.category(Category.AEROBIC).targetWeeks).isEqualTo(1);
        assertThat(notLongTerm.category(Category.AEROBIC).targetMet).isZero(); // 20 min in 1 session < 30 min in 2
    }

    @Test
    void balanceIsFoundInSessionsOrHomeworkAndItsMinutesCountFromWeekSix() {
        ScheduledExercise stand = ex("tandem-stance", Category.BALANCE, 2, 3, null, 30, 2);
        QualityTally t = analyse(week(1, 5, session(1, stand)),
                week(2, 6, List.of(new Homework("tandem-stance", Category.BALANCE, 5, 4)), List.of(),
                        session(1, ex("walking", Category.AEROBIC, 1, null, null, null, 10))),
                week(3, 7, session(1, ex("walking", Category.AEROBIC, 1, null, null, null, 10))));

        assertThat(t.weeksWithBalance).isEqualTo(2);
        assertThat(t.balanceMinutesFromWeek6).containsExactly(20, 0);
    }

    @Test
    void sessionMinutesMustBeTheSumOfItsExercisesAndEachTheTimeOfItsDose() {
        // 2 × 10 at 4 s a rep plus 30 s rest = 110 s, about 2 min; "11 min" is far off
        ScheduledExercise honest = ex("sit-to-stand", Category.LOWER_LIMB, 2, 2, 10, null, 2);
        ScheduledExercise inflated = ex("seated-back-extension", Category.SPINAL_EXTENSOR, 1, 2, 10, null, 11);
        SessionPlan wrongTotal = new SessionPlan(1, DayOfWeek.MONDAY, LocalDate.of(2026, 11, 30), 20,
                List.of(honest, inflated));

        QualityTally t = analyse(week(1, 4, wrongTotal));

        assertThat(analyser.doseSeconds(honest)).isEqualTo(110.0);
        assertThat(t.sessions).isEqualTo(1);
        assertThat(t.sessionMinuteMismatches).isEqualTo(1);
        assertThat(t.countedExercises).isEqualTo(2);
        assertThat(t.doseTimeMismatches).isEqualTo(1);
    }

    @Test
    void sessionsUsingLessThanHalfThePatientsTimeAreCounted() {
        WeekPlan week = week(1, 4, session(1, ex("wall-push-up", Category.UPPER_BACK_SHOULDER, 2, 2, 10, null, 6)),
                session(2, ex("walking-program", Category.AEROBIC, 1, null, null, null, 20))).plan();
        PlanResult plan = new PlanResult("p", LocalDate.of(2026, 11, 30), true, "0hard", "test", List.of(week),
                List.of(), List.of(), List.of());
        QualityTally t = new QualityTally();

        PlanAnalyser.sessionFill(t, plan, 30);

        assertThat(t.sessionFillPercent).containsExactly(20, 67);
        assertThat(t.sessionsUnderHalfFull).isEqualTo(1);
    }

    @Test
    void highPainInTheFirstSixWeeksNeedsAnAlertOnThePlan() {
        WeekPlan early = week(1, 5, session(1, ex("chin-tuck", Category.POSTURE, 1, 1, 5, null, 1))).plan();
        WeekPlan later = week(1, 6, session(1, ex("chin-tuck", Category.POSTURE, 1, 1, 5, null, 1))).plan();
        PlanResult.Alert referBack = new PlanResult.Alert("REFER_BACK", 1, 8, 5, "Refer back");
        QualityTally t = new QualityTally();

        PlanAnalyser.redFlag(t, plan(List.of(early), List.of(referBack)), 8);
        PlanAnalyser.redFlag(t, plan(List.of(early), List.of()), 7);
        PlanAnalyser.redFlag(t, plan(List.of(early), List.of()), 6);
        PlanAnalyser.redFlag(t, plan(List.of(later), List.of(referBack)), 9);

        assertThat(t.redFlagPlans).isEqualTo(2);
        assertThat(t.redFlagPlansAlerted).isEqualTo(1);
        assertThat(t.alertsWithoutRedFlag).isEqualTo(1);
    }

    @Test
    void holdOnlyExercisesTakeTheirHoldPerSetPlusRest() {
        ScheduledExercise wallStand = ex("wall-stand", Category.POSTURE, 1, 3, null, 30, 2);

        assertThat(analyser.doseSeconds(wallStand)).isEqualTo(3 * 30 + 2 * 30.0);
        assertThat(PlanAnalyser.volume(wallStand)).isEqualTo(90);
    }

    @Test
    void setsOfMinutesAreTimedAndTheirVolumeIsTheirMinutes() {
        ScheduledExercise sideSteps = ex("side-stepping-counter", Category.BALANCE, 2, 2, null, null, 2);

        assertThat(PlanAnalyser.timed(sideSteps)).isTrue();
        assertThat(PlanAnalyser.volume(sideSteps)).isEqualTo(2);
    }

    @Test
    void totalsAddUpPlanByPlanAndTheMedianIsTheMiddleValue() {
        QualityTally a = analyse(week(1, 6, session(1, ex("bird-dog", Category.SPINAL_EXTENSOR, 3, 2, 8, null, 3))),
                week(2, 7, session(1, ex("prone-lying", Category.SPINAL_EXTENSOR, 1, 2, 8, null, 3))));
        QualityTally total = new QualityTally();
        total.add(a);
        total.add(a);

        assertThat(total.plans).isEqualTo(2);
        assertThat(total.backwardUnreasoned).isEqualTo(2);
        assertThat(total.weeks).isEqualTo(4);
        assertThat(QualityTally.median(List.of(5, 1, 3))).isEqualTo(3.0);
        assertThat(QualityTally.median(List.of(4, 1, 3, 2))).isEqualTo(2.5);
    }

    @Test
    void stepBackReasonsAndHomeworkAreReadFromThePlanWeek() {
        WeekPlan plan = new WeekPlan(1, 6, "Early", LocalDate.of(2026, 11, 30), List.of(), List.of(),
                List.of(new PlanResult.Homework("walking-program", "Walking", Category.AEROBIC, 20, 5)),
                List.of(new PlanResult.StepBack(Category.BALANCE, "tandem-stance", "LEVEL_ABOVE_PAIN_CAP",
                        org.rehabplan.base.Reason.of("STEP_BACK_REPLACES", 2, "tandem-stance"))));

        WeekView week = PlanReading.week(plan);

        assertThat(week.homework()).containsExactly(new Homework("walking-program", Category.AEROBIC, 20, 5));
        assertThat(week.homework().getFirst().weeklyMinutes()).isEqualTo(100);
        assertThat(week.hasReasonFor(Category.BALANCE)).isTrue();
        assertThat(week.hasReasonFor(Category.AEROBIC)).isFalse();
    }

    @Test
    void aHarderVariantStartedLowInItsDoseRangeIsProgressionNotAStepBack() {
        QualityTally t = analyse(
                week(1, 8, session(1, ex("seated-back-extension", Category.SPINAL_EXTENSOR, 2, 3, 12, 5, 4))),
                week(2, 9, session(1, ex("bird-dog", Category.SPINAL_EXTENSOR, 3, 1, 6, 3, 2))));

        assertThat(t.backwardSteps()).isZero();
        assertThat(t.harderVariantAtLowerVolume).isEqualTo(1);
    }

    // --- hand-made plans ---

    private QualityTally analyse(WeekView... weeks) {
        return analyser.analyse("p", true, List.of(weeks));
    }

    private static PlanResult plan(List<WeekPlan> weeks, List<PlanResult.Alert> alerts) {
        return new PlanResult("p", LocalDate.of(2026, 11, 30), true, "0hard", "test", weeks, List.of(), List.of(),
                List.of(), alerts, List.of());
    }

    private static WeekView week(int week, int weeksAfter, SessionPlan... sessions) {
        return week(week, weeksAfter, List.of(), List.of(), sessions);
    }

    private static WeekView week(int week, int weeksAfter, List<Homework> homework, List<StepBackReason> reasons,
                                 SessionPlan... sessions) {
        WeekPlan plan = new WeekPlan(week, weeksAfter, weeksAfter < 12 ? "Early" : "Long-term",
                LocalDate.of(2026, 11, 30).plusWeeks(week - 1), List.of(), List.of(sessions));
        return new WeekView(plan, homework, reasons);
    }

    /** Session n on day 2n-1 of the week (Mon, Wed, Fri…), its total the sum of its exercises. */
    private static SessionPlan session(int number, ScheduledExercise... exercises) {
        List<ScheduledExercise> list = new ArrayList<>(List.of(exercises));
        int minutes = list.stream().mapToInt(e -> e.minutes() == null ? 0 : e.minutes()).sum();
        LocalDate date = LocalDate.of(2026, 11, 30).plusDays(2L * (number - 1));
        return new SessionPlan(number, date.getDayOfWeek(), date, minutes, list);
    }

    private static ScheduledExercise ex(String id, Category category, int level, Integer sets, Integer reps,
                                        Integer hold, int minutes) {
        String dose = sets != null && reps != null ? sets + " × " + reps : sets == null && reps == null && hold == null
                ? minutes + " min" : "";
        return new ScheduledExercise(id, id, category, level, sets, reps, hold, minutes, dose, false, List.of());
    }
}
