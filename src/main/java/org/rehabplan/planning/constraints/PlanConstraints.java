package org.rehabplan.planning.constraints;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;
import org.rehabplan.base.Reason;
import org.rehabplan.catalog.Category;
import org.rehabplan.planning.constraints.Justifications.EmptySession;
import org.rehabplan.planning.constraints.Justifications.OverTime;
import org.rehabplan.planning.constraints.Justifications.Quality;
import org.rehabplan.planning.constraints.Justifications.Repeated;
import org.rehabplan.planning.constraints.Justifications.SafetyBreach;
import org.rehabplan.planning.constraints.Justifications.TargetMissed;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.model.SafetyRule;
import org.rehabplan.planning.model.Session;
import org.rehabplan.planning.model.Slot;

/**
 * The rules a program is scored by. Hard: safety (never broken in a plan shown as feasible). Medium: what the
 * protocol phase prescribes. Soft: quality of the program.
 */
public class PlanConstraints implements ConstraintProvider {

    public static final int LEVEL_JUMP_WEIGHT = 20;
    public static final int FAVOURITE_WEIGHT = 10;
    public static final int DISTINCT_PER_WEEK_WEIGHT = 10;
    public static final int UNUSED_MINUTE_WEIGHT = 2;
    public static final int DOSE_JUMP_WEIGHT = 5;
    public static final int LEVEL_DROP_WEIGHT = 40;
    public static final int ROUTINE_DROP_WEIGHT = 100;
    public static final int VOLUME_FALL_WEIGHT = 100;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
                noSpinalFlexion(f), noSpinalRotation(f), noSideBending(f), noImpact(f), noOverheadLoad(f),
                noProneWhileRestricted(f), liftLimit(f), excludedByTherapist(f), contraindicated(f), tooEarly(f),
                missingEquipment(f), proneNotTolerated(f), floorNotPossible(f), balanceAboveFallRisk(f),
                levelAbovePhase(f), levelAbovePainCap(f), cannotLieOnBack(f), standsOnlyWithHelp(f),
                walkingAidNeedsAHand(f), noPushPull(f),
                sessionOverTimeBudget(f), sameExerciseTwiceInSession(f), emptySession(f),
                sessionTargetMissed(f), weekSessionsTargetMissed(f), weekMinutesTargetMissed(f), keyExerciseMissed(f),
                levelJumpBetweenWeeks(f), levelDropBetweenWeeks(f), volumeFallBetweenWeeks(f), doseJumpBetweenWeeks(f), routineCarriesOver(f),
                consistentRoutineWithinWeek(f), therapistFavourite(f), unusedSessionTime(f)
        };
    }

    // ---------------------------------------------------------------- hard: safety

    // An active "no bending" restriction forbids exercises that flex the spine.
    Constraint noSpinalFlexion(ConstraintFactory f) {
        return safety(f, SafetyRule.NO_SPINAL_FLEXION);
    }

    // An active "no twisting" restriction forbids exercises that rotate the spine.
    Constraint noSpinalRotation(ConstraintFactory f) {
        return safety(f, SafetyRule.NO_SPINAL_ROTATION);
    }

    // An active "no side bending" restriction forbids exercises that bend the spine sideways.
    Constraint noSideBending(ConstraintFactory f) {
        return safety(f, SafetyRule.NO_SIDE_BENDING);
    }

    // An active "no impact" restriction forbids exercises with impact.
    Constraint noImpact(ConstraintFactory f) {
        return safety(f, SafetyRule.NO_IMPACT);
    }

    // An active "nothing overhead" restriction forbids lifting a load overhead.
    Constraint noOverheadLoad(ConstraintFactory f) {
        return safety(f, SafetyRule.NO_OVERHEAD_LOAD);
    }

    // An active "no lying on the stomach" restriction forbids prone exercises.
    Constraint noProneWhileRestricted(ConstraintFactory f) {
        return safety(f, SafetyRule.NO_PRONE_WHILE_RESTRICTED);
    }

    // The external load must not exceed any active lift limit.
    Constraint liftLimit(ConstraintFactory f) {
        return safety(f, SafetyRule.LIFT_LIMIT);
    }

    // Exercises the therapist excluded are never scheduled while the exclusion holds.
    Constraint excludedByTherapist(ConstraintFactory f) {
        return safety(f, SafetyRule.EXCLUDED_BY_THERAPIST);
    }

    // Exercises contraindicated for a condition of the patient's protocol are never scheduled.
    Constraint contraindicated(ConstraintFactory f) {
        return safety(f, SafetyRule.CONTRAINDICATED);
    }

    // No exercise before its earliest week after the protocol's anchor event.
    Constraint tooEarly(ConstraintFactory f) {
        return safety(f, SafetyRule.TOO_EARLY);
    }

    // Only exercises whose equipment the patient has at home.
    Constraint missingEquipment(ConstraintFactory f) {
        return safety(f, SafetyRule.MISSING_EQUIPMENT);
    }

    // No prone exercises for a patient who does not tolerate lying on the stomach.
    Constraint proneNotTolerated(ConstraintFactory f) {
        return safety(f, SafetyRule.PRONE_NOT_TOLERATED);
    }

    // No floor work for a patient who cannot get down to the floor.
    Constraint floorNotPossible(ConstraintFactory f) {
        return safety(f, SafetyRule.FLOOR_NOT_POSSIBLE);
    }

    // Balance demand must suit the fall risk (high risk: low demand only; moderate: not high).
    Constraint balanceAboveFallRisk(ConstraintFactory f) {
        return safety(f, SafetyRule.BALANCE_ABOVE_FALL_RISK);
    }

    // Exercise level must not exceed the phase's maximum.
    Constraint levelAbovePhase(ConstraintFactory f) {
        return safety(f, SafetyRule.LEVEL_ABOVE_PHASE);
    }

    // Exercise level must not exceed what the pain score allows.
    Constraint levelAbovePainCap(ConstraintFactory f) {
        return safety(f, SafetyRule.LEVEL_ABOVE_PAIN_CAP);
    }

    // No exercise lying on the back for a patient who cannot lie on the back.
    Constraint cannotLieOnBack(ConstraintFactory f) {
        return safety(f, SafetyRule.CANNOT_LIE_ON_BACK);
    }

    // A patient who stands only with help stands only holding on, with low balance demand.
    Constraint standsOnlyWithHelp(ConstraintFactory f) {
        return safety(f, SafetyRule.STANDS_ONLY_WITH_HELP);
    }

    // A patient with a walking aid does standing work holding on (or walks with the aid).
    Constraint walkingAidNeedsAHand(ConstraintFactory f) {
        return safety(f, SafetyRule.NEEDS_A_HAND_FOR_THE_WALKING_AID);
    }

    // No pushing or pulling against resistance for a patient told to avoid it.
    Constraint noPushPull(ConstraintFactory f) {
        return safety(f, SafetyRule.NO_PUSH_PULL);
    }

    // A session's exercises must fit its minutes; each minute over costs one hard point.
    Constraint sessionOverTimeBudget(ConstraintFactory f) {
        return sessionMinutes(f)
                .filter((session, minutes) -> minutes > session.minutesBudget())
                .penalize(HardMediumSoftScore.ONE_HARD, (session, minutes) -> minutes - session.minutesBudget())
                .justifyWith((session, minutes, score) -> new OverTime(session.week().index(), session.day().name(),
                        minutes, session.minutesBudget(), Reason.of("SESSION_OVER_TIME", session.week().index(), null,
                        "day", session.day(), "minutes", minutes, "budget", session.minutesBudget())))
                .asConstraint("Session fits its time");
    }

    // The same exercise is never scheduled twice in one session.
    Constraint sameExerciseTwiceInSession(ConstraintFactory f) {
        return scheduled(f)
                .groupBy(SESSION, Slot::info, count())
                .filter((session, exercise, times) -> times > 1)
                .penalize(HardMediumSoftScore.ONE_HARD, (session, exercise, times) -> times - 1)
                .justifyWith((session, exercise, times, score) -> new Repeated(exercise.exercise().id(),
                        session.week().index(), session.day().name(), Reason.of("SAME_EXERCISE_TWICE",
                        session.week().index(), exercise.exercise().id(), "day", session.day(), "times", times)))
                .asConstraint("No exercise twice in a session");
    }

    // Every planned session holds at least one safe exercise; otherwise there is no safe plan.
    Constraint emptySession(ConstraintFactory f) {
        return sessionMinutes(f)
                // every exercise takes at least a minute, so no minutes means no exercise
                .filter((session, minutes) -> minutes == 0)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((session, minutes, score) -> new EmptySession(session.week().index(),
                        session.day().name(), Reason.of("EMPTY_SESSION", session.week().index(), null,
                        "day", session.day())))
                .asConstraint("Every session has an exercise");
    }

    // ---------------------------------------------------------------- medium: prescription

    // Each session includes the categories its phase asks for (e.g. one extensor exercise per session).
    Constraint sessionTargetMissed(ConstraintFactory f) {
        return all(f)
                .groupBy(SESSION, PlanCollectors.CATEGORY_COUNTS)
                .filter((session, counts) -> sessionShortfall(session, counts) > 0)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, PlanConstraints::sessionShortfall)
                .justifyWith((session, counts, score) -> new TargetMissed(session.week().index(),
                        missedCategories(session.week(), c -> session.week().minExercisesPerSession(c) > counts.of(c)),
                        sessionShortfall(session, counts),
                        Reason.of("SESSION_TARGET", session.week().index(), null, "day", session.day(),
                                "phase", phase(session.week()), "targets", targets(
                                c -> session.week().minExercisesPerSession(c) > counts.of(c),
                                c -> Reason.of("SESSION_TARGET_PART", null, null, "category", c,
                                        "wanted", session.week().minExercisesPerSession(c), "has", counts.of(c))))))
                .asConstraint("Session covers its phase's categories");
    }

    // Each week includes a category in as many sessions as its phase asks (e.g. balance twice a week).
    Constraint weekSessionsTargetMissed(ConstraintFactory f) {
        return weekCoverage(f)
                .filter((week, coverage) -> sessionsShortfall(week, coverage) > 0)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, PlanConstraints::sessionsShortfall)
                .justifyWith((week, coverage, score) -> new TargetMissed(week.index(),
                        missedCategories(week, c -> week.minSessions(c) > coverage.sessionsWith(c)),
                        sessionsShortfall(week, coverage),
                        Reason.of("WEEK_SESSIONS_TARGET", week.index(), null, "phase", phase(week), "targets",
                                targets(c -> week.minSessions(c) > coverage.sessionsWith(c),
                                c -> Reason.of("WEEK_SESSIONS_TARGET_PART", null, null, "category", c,
                                        "wanted", week.minSessions(c), "has", coverage.sessionsWith(c))))))
                .asConstraint("Week covers its phase's categories");
    }

    // Each week gives a category the minutes its phase asks for (e.g. aerobic minutes).
    Constraint weekMinutesTargetMissed(ConstraintFactory f) {
        return weekCoverage(f)
                .filter((week, coverage) -> minutesShortfall(week, coverage) > 0)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, PlanConstraints::minutesShortfall)
                .justifyWith((week, coverage, score) -> new TargetMissed(week.index(),
                        missedCategories(week, c -> week.minMinutes(c) > coverage.minutesOf(c)),
                        minutesShortfall(week, coverage),
                        Reason.of("WEEK_MINUTES_TARGET", week.index(), null, "phase", phase(week), "targets",
                                targets(c -> week.minMinutes(c) > coverage.minutesOf(c),
                                c -> Reason.of("WEEK_MINUTES_TARGET_PART", null, null, "category", c,
                                        "wanted", week.minMinutes(c), "has", coverage.minutesOf(c))))))
                .asConstraint("Week gives its phase's minutes");
    }

    // The protocol's key exercises (e.g. sit-to-stand) are in as many sessions a week as it asks, whenever safe.
    Constraint keyExerciseMissed(ConstraintFactory f) {
        return all(f)
                .groupBy(WEEK, PlanCollectors.KEY_FAMILY_SESSIONS)
                .filter((week, coverage) -> keyShortfall(week, coverage) > 0)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, PlanConstraints::keyShortfall)
                .justifyWith((week, coverage, score) -> new TargetMissed(week.index(),
                        String.join(",", week.keyFamilies().keySet()), keyShortfall(week, coverage),
                        Reason.of("KEY_EXERCISES", week.index(), null, "targets", week.keyFamilies().entrySet()
                                .stream()
                                .filter(e -> coverage.sessionsWith(week.keyIndex(e.getKey())) < e.getValue())
                                .map(e -> Reason.of("KEY_EXERCISES_PART", null,
                                        week.ladder().get(e.getKey()).exercise().id(), "wanted", e.getValue(),
                                        "has", coverage.sessionsWith(week.keyIndex(e.getKey()))))
                                .toList())))
                .asConstraint("Key exercises each week");
    }

    private static int keyShortfall(PlanWeek week, PlanCollectors.KeyCoverage coverage) {
        int missing = 0;
        for (var key : week.keyFamilies().entrySet()) {
            missing += Math.max(0, key.getValue() - coverage.sessionsWith(week.keyIndex(key.getKey())));
        }
        return missing;
    }

    // ---------------------------------------------------------------- soft: quality

    // Progress gradually: no exercise more than one level above last week's hardest in its category.
    Constraint levelJumpBetweenWeeks(ConstraintFactory f) {
        return scheduled(f)
                .groupBy(CATEGORY, PlanCollectors.LEVEL_JUMPS)
                .filter((category, jumps) -> jumps.slots() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, (category, jumps) -> jumps.slots() * LEVEL_JUMP_WEIGHT)
                .justifyWith((category, jumps, score) -> new Quality(Reason.of("LEVEL_JUMP", null, null,
                        "category", category, "weeks", weeks(jumps.weeks()), "count", jumps.slots())))
                .asConstraint("Gradual progression");
    }

    // Never step back: a category's hardest exercise does not get easier from one week to the next.
    Constraint levelDropBetweenWeeks(ConstraintFactory f) {
        return scheduled(f)
                .groupBy(CATEGORY, PlanCollectors.LEVEL_JUMPS)
                .filter((category, jumps) -> jumps.drops() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, (category, jumps) -> jumps.drops() * LEVEL_DROP_WEIGHT)
                .justifyWith((category, jumps, score) -> new Quality(Reason.of("LEVEL_DROP", null, null,
                        "category", category, "weeks", weeks(jumps.dropWeeks()))))
                .asConstraint("No step back in level");
    }

    // No unexplained fall in volume: a category's weekly work falls only as its level rises or with a stated reason.
    Constraint volumeFallBetweenWeeks(ConstraintFactory f) {
        return scheduled(f)
                .groupBy(CATEGORY, PlanCollectors.VOLUME_FALLS)
                .filter((category, falls) -> falls.falls() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, (category, falls) -> falls.falls() * VOLUME_FALL_WEIGHT)
                .justifyWith((category, falls, score) -> new Quality(Reason.of("VOLUME_FALL", null, null,
                        "category", category, "weeks", weeks(falls.weeks()))))
                .asConstraint("No unexplained fall in volume");
    }

    // Progress the dose gradually: a family joins (or comes back) at its starting dose and climbs one step a week.
    Constraint doseJumpBetweenWeeks(ConstraintFactory f) {
        return familyWeeks(f)
                .filter((id, weeks) -> weeks.doseSteps() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, (id, weeks) -> weeks.doseSteps() * DOSE_JUMP_WEIGHT)
                .justifyWith((id, weeks, score) -> new Quality(Reason.of("DOSE_JUMP", null,
                        weeks.exercise().id(), "weeks", weeks(weeks.jumpWeeks()))))
                .asConstraint("Gradual dose progression");
    }

    // The routine carries over: an exercise family the patient did last week continues in as many sessions.
    Constraint routineCarriesOver(ConstraintFactory f) {
        return familyWeeks(f)
                .filter((id, weeks) -> weeks.dropped() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, (id, weeks) -> weeks.dropped() * ROUTINE_DROP_WEIGHT)
                .justifyWith((id, weeks, score) -> new Quality(Reason.of("ROUTINE_DROP", null,
                        weeks.exercise().id(), "weeks", weeks(weeks.dropWeeks()))))
                .asConstraint("Routine carries over");
    }

    // A consistent routine: few different exercises within a week, so the patient learns them.
    Constraint consistentRoutineWithinWeek(ConstraintFactory f) {
        return scheduled(f)
                .groupBy(WEEK, countDistinct(EXERCISE_ID))
                .penalize(HardMediumSoftScore.ONE_SOFT, (week, distinct) -> distinct * DISTINCT_PER_WEEK_WEIGHT)
                .justifyWith((week, distinct, score) -> new Quality(Reason.of("DISTINCT_IN_WEEK", week.index(),
                        null, "count", distinct)))
                .asConstraint("Consistent routine within a week");
    }

    // The therapist's favourite exercises are preferred when safe.
    Constraint therapistFavourite(ConstraintFactory f) {
        return scheduled(f)
                .filter(slot -> slot.info().favourite())
                .reward(HardMediumSoftScore.ONE_SOFT, slot -> FAVOURITE_WEIGHT)
                .justifyWith((slot, score) -> new Quality(Reason.of("FAVOURITE", null,
                        slot.getExercise().id())))
                .asConstraint("Therapist favourites");
    }

    // Use the session's time well: each minute not spent on active work costs a little. Passive items (resting on
    // the back, prone lying) count toward no target and fill no minute here, or the plan would pad sessions with them.
    Constraint unusedSessionTime(ConstraintFactory f) {
        return all(f).groupBy(SESSION, ACTIVE_MINUTES)
                .filter((session, minutes) -> minutes < session.minutesBudget())
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        (session, minutes) -> (session.minutesBudget() - minutes) * UNUSED_MINUTE_WEIGHT)
                .justifyWith((session, minutes, score) -> new Quality(Reason.of("UNUSED_TIME",
                        session.week().index(), null, "day", session.day(), "unused", session.minutesBudget() - minutes,
                        "budget", session.minutesBudget())))
                .asConstraint("Time used well");
    }

    // ---------------------------------------------------------------- helpers
    // The building blocks below are constants so that constraints built on the same stream share its nodes: each
    // slot change then updates one session total, one week tally and one exercise tally, whatever reads them.

    private static final Function<Slot, Session> SESSION = Slot::getSession;
    private static final Function<Slot, PlanWeek> WEEK = Slot::getWeek;
    private static final Function<Slot, String> EXERCISE_ID = slot -> slot.getExercise().id();
    private static final Function<Slot, String> FAMILY_ID = slot -> slot.info().family();
    private static final Function<Slot, Category> CATEGORY = slot -> slot.getExercise().category();
    private static final Predicate<Slot> IS_SCHEDULED = Slot::isScheduled;
    private static final Predicate<Slot> IS_UNSAFE = Slot::isUnsafe;
    private static final UniConstraintCollector<Slot, ?, Integer> MINUTES = sum(Slot::getMinutes);
    private static final UniConstraintCollector<Slot, ?, Integer> ACTIVE_MINUTES =
            sum(slot -> slot.targetOrdinals().length > 0 ? slot.getMinutes() : 0);

    /** Every slot, empty ones included. */
    private static UniConstraintStream<Slot> all(ConstraintFactory f) {
        return f.forEachIncludingNullVars(Slot.class);
    }

    /** Slots holding an exercise. */
    private static UniConstraintStream<Slot> scheduled(ConstraintFactory f) {
        return all(f).filter(IS_SCHEDULED);
    }

    /** Each session with the minutes its exercises take (0 when it has none). */
    private static BiConstraintStream<Session, Integer> sessionMinutes(ConstraintFactory f) {
        return all(f).groupBy(SESSION, MINUTES);
    }

    private static BiConstraintStream<PlanWeek, PlanCollectors.WeekCoverage> weekCoverage(ConstraintFactory f) {
        return all(f).groupBy(WEEK, PlanCollectors.WEEK_COVERAGE);
    }

    private static BiConstraintStream<String, PlanCollectors.FamilyWeeks> familyWeeks(ConstraintFactory f) {
        return scheduled(f).groupBy(FAMILY_ID, PlanCollectors.FAMILY_WEEKS);
    }

    private static Constraint safety(ConstraintFactory f, SafetyRule rule) {
        // the value ranges hold only safe exercises, so only a pinned slot gets past the shared first filter
        return all(f).filter(IS_UNSAFE)
                .filter(slot -> slot.info().breaks(rule))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> new SafetyBreach(slot.getExercise().id(), slot.getWeek().index(),
                        slot.getSession().day().name(), Reason.of("BREACH", slot.getWeek().index(),
                        slot.getExercise().id(), "day", slot.getSession().day(),
                        "because", rule.reason(slot.getExercise(), slot.getWeek()))))
                .asConstraint(rule.title());
    }

    private static int sessionShortfall(Session session, PlanCollectors.CategoryCounts counts) {
        int missing = 0;
        for (Category c : CATEGORIES) {
            missing += Math.max(0, session.week().minExercisesPerSession(c) - counts.of(c));
        }
        return missing;
    }

    private static int sessionsShortfall(PlanWeek week, PlanCollectors.WeekCoverage coverage) {
        int missing = 0;
        for (Category c : CATEGORIES) {
            missing += Math.max(0, week.minSessions(c) - coverage.sessionsWith(c));
        }
        return missing;
    }

    private static int minutesShortfall(PlanWeek week, PlanCollectors.WeekCoverage coverage) {
        int missing = 0;
        for (Category c : CATEGORIES) {
            missing += Math.max(0, week.minMinutes(c) - coverage.minutesOf(c));
        }
        return missing;
    }

    private static String missedCategories(PlanWeek week, Predicate<Category> missed) {
        return Arrays.stream(CATEGORIES).filter(missed).map(Category::name).collect(Collectors.joining(","));
    }

    private static List<Reason> targets(Predicate<Category> missed, Function<Category, Reason> describe) {
        return Arrays.stream(CATEGORIES).filter(missed).map(describe).toList();
    }

    private static String phase(PlanWeek week) {
        return week.phase().name();
    }

    /** The plan weeks of a bit per week, in order. */
    private static List<Integer> weeks(long mask) {
        List<Integer> weeks = new ArrayList<>();
        for (long rest = mask; rest != 0; rest &= rest - 1) {
            weeks.add(Long.numberOfTrailingZeros(rest));
        }
        return weeks;
    }

    private static final Category[] CATEGORIES = Category.values();

    /**
     * Each constraint's code (its title's bundle key is {@code constraint.<code>}): a safety rule's name, or the code
     * of the reasons its matches give.
     */
    public static String code(String constraintName) {
        for (SafetyRule rule : SafetyRule.values()) {
            if (rule.title().equals(constraintName)) {
                return rule.name();
            }
        }
        return CODES.getOrDefault(constraintName, constraintName);
    }

    private static final java.util.Map<String, String> CODES = java.util.Map.ofEntries(
            java.util.Map.entry("Session fits its time", "SESSION_OVER_TIME"),
            java.util.Map.entry("No exercise twice in a session", "SAME_EXERCISE_TWICE"),
            java.util.Map.entry("Every session has an exercise", "EMPTY_SESSION"),
            java.util.Map.entry("Session covers its phase's categories", "SESSION_TARGET"),
            java.util.Map.entry("Week covers its phase's categories", "WEEK_SESSIONS_TARGET"),
            java.util.Map.entry("Week gives its phase's minutes", "WEEK_MINUTES_TARGET"),
            java.util.Map.entry("Key exercises each week", "KEY_EXERCISES"),
            java.util.Map.entry("Gradual progression", "LEVEL_JUMP"),
            java.util.Map.entry("No step back in level", "LEVEL_DROP"),
            java.util.Map.entry("No unexplained fall in volume", "VOLUME_FALL"),
            java.util.Map.entry("Gradual dose progression", "DOSE_JUMP"),
            java.util.Map.entry("Routine carries over", "ROUTINE_DROP"),
            java.util.Map.entry("Consistent routine within a week", "DISTINCT_IN_WEEK"),
            java.util.Map.entry("Therapist favourites", "FAVOURITE"),
            java.util.Map.entry("Time used well", "UNUSED_TIME"));
}
