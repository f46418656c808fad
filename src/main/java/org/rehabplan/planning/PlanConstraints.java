package org.rehabplan.planning;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toSet;

import java.util.Set;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.planning.Justifications.EmptySession;
import org.rehabplan.planning.Justifications.OverTime;
import org.rehabplan.planning.Justifications.Quality;
import org.rehabplan.planning.Justifications.Repeated;
import org.rehabplan.planning.Justifications.SafetyBreach;
import org.rehabplan.planning.Justifications.TargetMissed;

/**
 * The rules a program is scored by. Hard: safety (never broken in a plan shown as feasible). Medium: what the
 * protocol phase prescribes. Soft: quality of the program.
 */
public class PlanConstraints implements ConstraintProvider {

    static final int LEVEL_JUMP_WEIGHT = 20;
    static final int FAVOURITE_WEIGHT = 10;
    static final int DISTINCT_PER_WEEK_WEIGHT = 3;
    static final int UNUSED_MINUTE_WEIGHT = 2;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
                noSpinalFlexion(f), noSpinalRotation(f), noSideBending(f), noImpact(f), noOverheadLoad(f),
                noProneWhileRestricted(f), liftLimit(f), excludedByTherapist(f), contraindicated(f), tooEarly(f),
                missingEquipment(f), proneNotTolerated(f), floorNotPossible(f), balanceAboveFallRisk(f),
                levelAbovePhase(f), levelAbovePainCap(f),
                sessionOverTimeBudget(f), sameExerciseTwiceInSession(f), emptySession(f),
                sessionTargetMissed(f), weekSessionsTargetMissed(f), weekMinutesTargetMissed(f),
                levelJumpBetweenWeeks(f), progressTowardsLevelCap(f), consistentRoutineWithinWeek(f),
                varietyAcrossWeeks(f), therapistFavourite(f), unusedSessionTime(f)
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

    // Exercises contraindicated after a vertebral fracture are never scheduled.
    Constraint contraindicated(ConstraintFactory f) {
        return safety(f, SafetyRule.CONTRAINDICATED);
    }

    // No exercise before its earliest week after the procedure.
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

    // A session's exercises must fit its minutes; each minute over costs one hard point.
    Constraint sessionOverTimeBudget(ConstraintFactory f) {
        return f.forEach(Slot.class)
                .groupBy(Slot::getSession, sum(Slot::getMinutes))
                .filter((session, minutes) -> minutes > session.minutesBudget())
                .penalize(HardMediumSoftScore.ONE_HARD, (session, minutes) -> minutes - session.minutesBudget())
                .justifyWith((session, minutes, score) -> new OverTime(session.week().index(), session.day().name(),
                        minutes, session.minutesBudget(), "Week " + session.week().index() + ", " + day(session)
                        + ": " + minutes + " minutes of exercise in a " + session.minutesBudget()
                        + "-minute session"))
                .asConstraint("Session fits its time");
    }

    // The same exercise is never scheduled twice in one session.
    Constraint sameExerciseTwiceInSession(ConstraintFactory f) {
        return f.forEachUniquePair(Slot.class,
                        Joiners.equal(Slot::getSession), Joiners.equal(Slot::getExercise))
                .filter((a, b) -> a.getExercise() != null)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> new Repeated(a.getExercise().id(), a.getWeek().index(),
                        a.getSession().day().name(), a.getExercise().name() + " appears twice in week "
                        + a.getWeek().index() + ", " + day(a.getSession())))
                .asConstraint("No exercise twice in a session");
    }

    // Every planned session holds at least one safe exercise; otherwise there is no safe plan.
    Constraint emptySession(ConstraintFactory f) {
        return f.forEach(Session.class)
                .ifNotExists(Slot.class, Joiners.equal(session -> session, Slot::getSession),
                        Joiners.filtering((session, slot) -> slot.getExercise() != null))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((session, score) -> new EmptySession(session.week().index(), session.day().name(),
                        "Week " + session.week().index() + ", " + day(session)
                                + ": no exercise is safe for this patient within the session's time"))
                .asConstraint("Every session has an exercise");
    }

    // ---------------------------------------------------------------- medium: prescription

    // Each session includes the categories its phase asks for (e.g. one extensor exercise per session).
    Constraint sessionTargetMissed(ConstraintFactory f) {
        return f.forEach(SessionTarget.class)
                .join(f.forEachIncludingNullVars(Slot.class),
                        Joiners.equal(SessionTarget::session, Slot::getSession))
                .groupBy((target, slot) -> target, sum((target, slot) -> slot.is(target.category()) ? 1 : 0))
                .filter((target, count) -> count < target.minExercises())
                .penalize(HardMediumSoftScore.ONE_MEDIUM, (target, count) -> target.minExercises() - count)
                .justifyWith((target, count, score) -> new TargetMissed(target.session().week().index(),
                        target.category().name(), target.minExercises() - count,
                        "Week " + target.session().week().index() + ", " + day(target.session()) + ": the "
                                + target.session().week().phase().name() + " phase asks for "
                                + target.minExercises() + " " + target.category().label().toLowerCase()
                                + " exercise(s) per session; this session has " + count))
                .asConstraint("Session covers its phase's categories");
    }

    // Each week includes a category in as many sessions as its phase asks (e.g. balance twice a week).
    Constraint weekSessionsTargetMissed(ConstraintFactory f) {
        return f.forEach(WeekTarget.class)
                .filter(target -> target.minSessions() > 0)
                .join(f.forEachIncludingNullVars(Slot.class), Joiners.equal(WeekTarget::week, Slot::getWeek))
                .groupBy((target, slot) -> target,
                        toSet((target, slot) -> slot.is(target.category()) ? (Object) slot.getSession() : target))
                .filter((target, sessions) -> sessionsWith(target, sessions) < target.minSessions())
                .penalize(HardMediumSoftScore.ONE_MEDIUM,
                        (target, sessions) -> target.minSessions() - sessionsWith(target, sessions))
                .justifyWith((target, sessions, score) -> new TargetMissed(target.week().index(),
                        target.category().name(), target.minSessions() - sessionsWith(target, sessions),
                        "Week " + target.week().index() + ": the " + target.week().phase().name() + " phase asks for "
                                + target.category().label().toLowerCase() + " in " + target.minSessions()
                                + " sessions; the week has it in " + sessionsWith(target, sessions)))
                .asConstraint("Week covers its phase's categories");
    }

    // Each week gives a category the minutes its phase asks for (e.g. aerobic minutes).
    Constraint weekMinutesTargetMissed(ConstraintFactory f) {
        return f.forEach(WeekTarget.class)
                .filter(target -> target.minMinutes() > 0)
                .join(f.forEachIncludingNullVars(Slot.class), Joiners.equal(WeekTarget::week, Slot::getWeek))
                .groupBy((target, slot) -> target,
                        sum((target, slot) -> slot.is(target.category()) ? slot.getMinutes() : 0))
                .filter((target, minutes) -> minutes < target.minMinutes())
                .penalize(HardMediumSoftScore.ONE_MEDIUM, (target, minutes) -> target.minMinutes() - minutes)
                .justifyWith((target, minutes, score) -> new TargetMissed(target.week().index(),
                        target.category().name(), target.minMinutes() - minutes,
                        "Week " + target.week().index() + ": the " + target.week().phase().name() + " phase asks for "
                                + target.minMinutes() + " minutes of " + target.category().label().toLowerCase()
                                + "; the week has " + minutes))
                .asConstraint("Week gives its phase's minutes");
    }

    // ---------------------------------------------------------------- soft: quality

    // Progress gradually: no exercise more than one level above last week's hardest in its category.
    Constraint levelJumpBetweenWeeks(ConstraintFactory f) {
        return scheduled(f)
                // the other side of ifExists also sees empty slots: their category is null and matches nothing
                .ifExists(Slot.class, Joiners.equal(PlanConstraints::categoryOf, PlanConstraints::categoryOf),
                        Joiners.equal(s -> s.getWeek().index() - 1, s -> s.getWeek().index()))
                .ifNotExists(Slot.class,
                        Joiners.equal(PlanConstraints::categoryOf, PlanConstraints::categoryOf),
                        Joiners.equal(s -> s.getWeek().index() - 1, s -> s.getWeek().index()),
                        // both sides are re-read live and may be mid-change to empty; compare only filled slots
                        Joiners.filtering((later, earlier) -> later.getExercise() != null
                                && earlier.getExercise() != null
                                && earlier.getExercise().level() >= later.getExercise().level() - 1))
                .penalize(HardMediumSoftScore.ONE_SOFT, slot -> LEVEL_JUMP_WEIGHT)
                .justifyWith((slot, score) -> new Quality(slot.getExercise().name() + " (level "
                        + slot.getExercise().level() + ") in week " + slot.getWeek().index()
                        + " jumps more than one level above last week's " + slot.getExercise().category().label()
                        .toLowerCase() + " exercises"))
                .asConstraint("Gradual progression");
    }

    // Progress: prefer the hardest level the week allows, so the program advances as limits lift.
    Constraint progressTowardsLevelCap(ConstraintFactory f) {
        return scheduled(f)
                .reward(HardMediumSoftScore.ONE_SOFT, slot -> slot.getExercise().level())
                .justifyWith((slot, score) -> new Quality(slot.getExercise().name() + " in week "
                        + slot.getWeek().index() + " works at level " + slot.getExercise().level() + " of "
                        + slot.getWeek().levelCap() + " allowed"))
                .asConstraint("Progress towards the allowed level");
    }

    // A consistent routine: few different exercises within a week, so the patient learns them.
    Constraint consistentRoutineWithinWeek(ConstraintFactory f) {
        return scheduled(f)
                .groupBy(Slot::getWeek, countDistinct(Slot::getExercise))
                .penalize(HardMediumSoftScore.ONE_SOFT, (week, distinct) -> distinct * DISTINCT_PER_WEEK_WEIGHT)
                .justifyWith((week, distinct, score) -> new Quality("Week " + week.index() + " uses " + distinct
                        + " different exercises"))
                .asConstraint("Consistent routine within a week");
    }

    // Variety across weeks: an exercise still used four weeks later is swapped or progressed if possible.
    Constraint varietyAcrossWeeks(ConstraintFactory f) {
        return scheduled(f)
                .groupBy(slot -> new ExerciseWeek(slot.getExercise(), slot.getWeek().index()))
                .join(scheduled(f).groupBy(slot -> new ExerciseWeek(slot.getExercise(),
                                slot.getWeek().index())),
                        Joiners.equal(ExerciseWeek::exercise),
                        Joiners.equal(ew -> ew.week() + 4, ExerciseWeek::week))
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .justifyWith((early, late, score) -> new Quality(early.exercise().name() + " is still in week "
                        + late.week() + ", four weeks after week " + early.week()))
                .asConstraint("Variety across weeks");
    }

    // The therapist's favourite exercises are preferred when safe.
    Constraint therapistFavourite(ConstraintFactory f) {
        return scheduled(f)
                .filter(slot -> slot.getWeek().profile().favouriteExerciseIds().contains(slot.getExercise().id()))
                .reward(HardMediumSoftScore.ONE_SOFT, slot -> FAVOURITE_WEIGHT)
                .justifyWith((slot, score) -> new Quality(slot.getExercise().name()
                        + " is one of the therapist's favourites for this patient"))
                .asConstraint("Therapist favourites");
    }

    // Use the session's time well: each unused minute costs a little.
    Constraint unusedSessionTime(ConstraintFactory f) {
        return f.forEach(Session.class)
                .join(f.forEachIncludingNullVars(Slot.class), Joiners.equal(session -> session, Slot::getSession))
                .groupBy((session, slot) -> session, sum((session, slot) -> slot.getMinutes()))
                .filter((session, minutes) -> minutes < session.minutesBudget())
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        (session, minutes) -> (session.minutesBudget() - minutes) * UNUSED_MINUTE_WEIGHT)
                .justifyWith((session, minutes, score) -> new Quality("Week " + session.week().index() + ", "
                        + day(session) + ": " + (session.minutesBudget() - minutes) + " of "
                        + session.minutesBudget() + " minutes unused"))
                .asConstraint("Time used well");
    }

    // ---------------------------------------------------------------- helpers

    /** Slots holding an exercise: with a nullable variable, forEach also yields the empty slots. */
    private static UniConstraintStream<Slot> scheduled(ConstraintFactory f) {
        return f.forEach(Slot.class).filter(slot -> slot.getExercise() != null);
    }

    private static org.rehabplan.catalog.Category categoryOf(Slot slot) {
        return slot.getExercise() == null ? null : slot.getExercise().category();
    }

    private static Constraint safety(ConstraintFactory f, SafetyRule rule) {
        return scheduled(f)
                .filter(slot -> rule.violatedBy(slot.getExercise(), slot.getWeek()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> new SafetyBreach(slot.getExercise().id(), slot.getWeek().index(),
                        slot.getSession().day().name(), rule.reason(slot.getExercise(), slot.getWeek())
                        + " (week " + slot.getWeek().index() + ", " + day(slot.getSession()) + ")"))
                .asConstraint(rule.title());
    }

    private static int sessionsWith(WeekTarget target, Set<Object> sessions) {
        return sessions.size() - (sessions.contains(target) ? 1 : 0);
    }

    private static String day(Session session) {
        String name = session.day().name();
        return name.charAt(0) + name.substring(1).toLowerCase();
    }

    /** An exercise used in a plan week, whatever the session. */
    record ExerciseWeek(Exercise exercise, int week) {
    }
}
