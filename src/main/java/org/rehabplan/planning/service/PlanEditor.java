package org.rehabplan.planning.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;
import org.rehabplan.base.Reason;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.plan.EditedDose;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.model.Prescription;
import org.rehabplan.planning.model.Session;
import org.rehabplan.planning.model.Slot;
import org.springframework.stereotype.Service;

/**
 * The therapist's direct edits of a solved plan: add an exercise to a session, remove one, move one to another
 * session of the same week, set its dose by hand within its safe range. Each edit is tried on the solver's model and re-scored; an edit that would make the plan
 * break a hard (safety) rule is refused and undone, and the lists of choices only ever hold edits that keep it safe.
 * Added and moved exercises are locked so a re-solve keeps them where the therapist put them.
 */
@Service
public class PlanEditor {

    /**
     * A safe exercise that fits a session: its dose that week, the session time it takes and left after it, the
     * level cap it respects, the equipment it needs, whether it brings the plan closer to the protocol's targets.
     */
    public record Candidate(Exercise exercise, Prescription dose, int minutes, int minutesLeftAfter, int levelCap,
                            boolean improves, boolean helpsTargets) {
    }

    /** A session an exercise can move to without breaking a rule. */
    public record MoveTarget(int session, java.time.DayOfWeek day, java.time.LocalDate date) {
    }

    private final SolutionManager<ExercisePlan, HardMediumSoftScore> solutionManager;
    private final PlanGenerator generator;

    PlanEditor(SolutionManager<ExercisePlan, HardMediumSoftScore> solutionManager, PlanGenerator generator) {
        this.solutionManager = solutionManager;
        this.generator = generator;
    }

    /** Exercises that can be added to a session and keep the plan safe, those that help the plan most first. */
    public List<Candidate> candidatesToAdd(SolvedPlan plan, int week, int session) {
        ExercisePlan solution = plan.solution();
        Slot empty = emptySlot(solution, week, session);
        if (empty == null) {
            return List.of(); // the session already holds the protocol's maximum number of exercises
        }
        HardMediumSoftScore before = score(solution);
        Set<String> inSession = idsIn(solution, empty.getSession());
        int used = minutesIn(solution, empty.getSession());
        List<Ranked> ranked = new ArrayList<>();
        try {
            for (Exercise candidate : empty.getSafeExercises()) {
                if (inSession.contains(candidate.id())) {
                    continue;
                }
                empty.setExercise(candidate);
                HardMediumSoftScore after = score(solution);
                if (after.hardScore() < before.hardScore() || after.hardScore() < 0) {
                    continue; // would break a rule, e.g. the session's time
                }
                ranked.add(new Ranked(candidate, after, before));
            }
        } finally {
            empty.setExercise(null);
            score(solution);
        }
        PlanWeek planWeek = empty.getWeek();
        int budget = empty.getSession().minutesBudget();
        return ranked.stream()
                .sorted(Comparator.comparing(Ranked::after).reversed().thenComparing(r -> r.exercise().name()))
                .map(r -> {
                    Prescription dose = planWeek.prescription(r.exercise());
                    return new Candidate(r.exercise(), dose, dose.durationMinutes(),
                            budget - used - dose.durationMinutes(), planWeek.levelCap(),
                            r.after().compareTo(r.before()) > 0,
                            r.after().mediumScore() > r.before().mediumScore());
                })
                .toList();
    }

    /** Adds a safe exercise to a session (locked); refused when it isn't among {@link #candidatesToAdd}. */
    public SolvedPlan add(SolvedPlan plan, int week, int session, String exerciseId) {
        ExercisePlan solution = plan.solution();
        Slot empty = emptySlot(solution, week, session);
        if (empty == null) {
            throw new UnsafeEditException(Reason.of("EDIT_SESSION_FULL"));
        }
        Exercise exercise = empty.getSafeExercises().stream().filter(e -> e.id().equals(exerciseId)).findFirst()
                .orElseThrow(() -> new UnsafeEditException(Reason.of("EDIT_NOT_SAFE_THAT_WEEK", week, exerciseId)));
        if (idsIn(solution, empty.getSession()).contains(exerciseId)) {
            throw new UnsafeEditException(Reason.of("EDIT_ALREADY_THERE", null, exerciseId));
        }
        return tryEdit(solution, () -> {
            empty.setExercise(exercise);
            empty.setPinned(true);
        }, () -> {
            empty.setExercise(null);
            empty.setPinned(false);
        });
    }

    /** Takes an exercise out of a session; refused if the plan would break a rule without it. */
    public SolvedPlan remove(SolvedPlan plan, int week, int session, String exerciseId) {
        ExercisePlan solution = plan.solution();
        Slot slot = slot(solution, week, session, exerciseId);
        Exercise was = slot.getExercise();
        boolean pinned = slot.isPinned();
        return tryEdit(solution, () -> {
            slot.setExercise(null);
            slot.setPinned(false);
        }, () -> {
            slot.setExercise(was);
            slot.setPinned(pinned);
        });
    }

    /** The other sessions of the week the exercise can move to and keep the plan safe. */
    public List<MoveTarget> moveTargets(SolvedPlan plan, int week, int session, String exerciseId) {
        ExercisePlan solution = plan.solution();
        Slot from = slot(solution, week, session, exerciseId);
        HardMediumSoftScore before = score(solution);
        List<MoveTarget> targets = new ArrayList<>();
        for (Session other : solution.getSessions()) {
            if (other.week() != from.getWeek() || other == from.getSession()
                    || idsIn(solution, other).contains(exerciseId)) {
                continue;
            }
            Slot to = emptySlot(solution, week, other.number());
            if (to == null) {
                continue;
            }
            Exercise exercise = from.getExercise();
            from.setExercise(null);
            to.setExercise(exercise);
            HardMediumSoftScore after = score(solution);
            to.setExercise(null);
            from.setExercise(exercise);
            if (after.hardScore() >= before.hardScore() && after.hardScore() >= 0) {
                targets.add(new MoveTarget(other.number(), other.day(), other.date()));
            }
        }
        score(solution);
        return targets;
    }

    /** Moves an exercise to another session of the same week (locked there). */
    public SolvedPlan move(SolvedPlan plan, int week, int session, String exerciseId, int toSession) {
        ExercisePlan solution = plan.solution();
        Slot from = slot(solution, week, session, exerciseId);
        Slot to = emptySlot(solution, week, toSession);
        if (to == null) {
            throw new UnsafeEditException(Reason.of("EDIT_SESSION_FULL"));
        }
        if (idsIn(solution, to.getSession()).contains(exerciseId)) {
            throw new UnsafeEditException(Reason.of("EDIT_ALREADY_THERE", null, exerciseId));
        }
        Exercise exercise = from.getExercise();
        boolean pinned = from.isPinned();
        return tryEdit(solution, () -> {
            from.setExercise(null);
            from.setPinned(false);
            to.setExercise(exercise);
            to.setPinned(true);
        }, () -> {
            to.setExercise(null);
            to.setPinned(false);
            from.setExercise(exercise);
            from.setPinned(pinned);
        });
    }

    /**
     * What the dose of an exercise may be set to in its week (see {@link DoseChoices}): its catalog ranges, the time
     * left in each of the week's sessions that hold it, and the pain cap.
     */
    public DoseChoices doseChoices(SolvedPlan plan, int week, int session, String exerciseId) {
        ExercisePlan solution = plan.solution();
        Slot slot = slot(solution, week, session, exerciseId);
        Exercise exercise = slot.getExercise();
        PlanWeek planWeek = slot.getWeek();
        int own = slot.getMinutes();
        int maxMinutes = Integer.MAX_VALUE;
        for (Slot s : solution.getSlots()) {
            if (s.getWeek() == planWeek && s.getExercise() == exercise) {
                // the time the session's other exercises leave
                maxMinutes = Math.min(maxMinutes, s.getSession().minutesBudget() - (minutesIn(solution, s.getSession()) - own));
            }
        }
        return new DoseChoices(exercise, week, planWeek.prescription(exercise).edited(),
                planWeek.plannedDose(exercise).edited(), maxMinutes, planWeek.painHoldsDoses());
    }

    /**
     * Sets an exercise's dose this week by hand (in every session of the week that holds it) and locks it in this
     * session, so a re-solve keeps it with its dose. Refused when the dose is not among {@link #doseChoices}. The
     * progression's own dose clears the edit.
     */
    public SolvedPlan setDose(SolvedPlan plan, int week, int session, String exerciseId, EditedDose dose) {
        DoseChoices choices = doseChoices(plan, week, session, exerciseId);
        if (!choices.allows(dose)) {
            Prescription asked = choices.prescription(dose);
            throw new UnsafeEditException(Reason.of("DOSE_OUTSIDE_SAFE_RANGE", week, exerciseId, "dose",
                    PlanResult.doseParts(asked.sets(), asked.reps(), asked.holdSeconds(), asked.minutes())));
        }
        ExercisePlan solution = plan.solution();
        Slot slot = slot(solution, week, session, exerciseId);
        PlanWeek planWeek = slot.getWeek();
        Exercise exercise = slot.getExercise();
        EditedDose before = planWeek.doseEdited(exercise) ? choices.current() : null;
        EditedDose after = dose.equals(choices.planned()) ? null : dose;
        boolean pinned = slot.isPinned();
        return tryEdit(solution, () -> {
            setWeekDose(solution, planWeek, exercise, after);
            slot.setPinned(true);
        }, () -> {
            setWeekDose(solution, planWeek, exercise, before);
            slot.setPinned(pinned);
        });
    }

    private static void setWeekDose(ExercisePlan solution, PlanWeek week, Exercise exercise, EditedDose dose) {
        week.editDose(exercise, dose);
        solution.getSlots().stream().filter(s -> s.getWeek() == week).forEach(Slot::forgetInfo);
    }

    private SolvedPlan tryEdit(ExercisePlan solution, Runnable edit, Runnable undo) {
        HardMediumSoftScore before = score(solution);
        edit.run();
        HardMediumSoftScore after = score(solution);
        if (after.hardScore() < before.hardScore() || after.hardScore() < 0) {
            undo.run();
            score(solution);
            throw new UnsafeEditException(Reason.of("EDIT_UNSAFE"));
        }
        return new SolvedPlan(solution, generator.explain(solution));
    }

    private HardMediumSoftScore score(ExercisePlan solution) {
        return solutionManager.update(solution, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
    }

    private static Set<String> idsIn(ExercisePlan solution, Session session) {
        return solution.getSlots().stream().filter(s -> s.getSession() == session && s.getExercise() != null)
                .map(s -> s.getExercise().id()).collect(Collectors.toSet());
    }

    private static int minutesIn(ExercisePlan solution, Session session) {
        return solution.getSlots().stream().filter(s -> s.getSession() == session).mapToInt(Slot::getMinutes).sum();
    }

    private static Slot emptySlot(ExercisePlan solution, int week, int session) {
        return solution.getSlots().stream()
                .filter(s -> s.getWeek().index() == week && s.getSession().number() == session
                        && s.getExercise() == null)
                .min(Comparator.comparingInt(Slot::getPosition)).orElse(null);
    }

    private static Slot slot(ExercisePlan solution, int week, int session, String exerciseId) {
        return solution.getSlots().stream()
                .filter(s -> s.getWeek().index() == week && s.getSession().number() == session
                        && s.getExercise() != null && s.getExercise().id().equals(exerciseId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        exerciseId + " is not in week " + week + ", session " + session));
    }

    private record Ranked(Exercise exercise, HardMediumSoftScore after, HardMediumSoftScore before) {
    }
}
