package org.rehabplan.planning.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.plan.EditedDose;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.model.Slot;
import org.springframework.stereotype.Service;

/**
 * The therapist's adjustments to a solved plan: lock or unlock an exercise, list safe alternatives ranked by the
 * score they would give, and swap one in (the swapped-in exercise is locked so a re-solve keeps it).
 */
@Service
public class PlanAdjuster {

    private final SolutionManager<ExercisePlan, HardMediumSoftScore> solutionManager;
    private final PlanGenerator generator;

    PlanAdjuster(SolutionManager<ExercisePlan, HardMediumSoftScore> solutionManager, PlanGenerator generator) {
        this.solutionManager = solutionManager;
        this.generator = generator;
    }

    public SolvedPlan setLocked(SolvedPlan plan, int week, int session, String exerciseId, boolean locked) {
        slot(plan.solution(), week, session, exerciseId).setPinned(locked);
        return new SolvedPlan(plan.solution(), generator.explain(plan.solution()));
    }

    /** Safe exercises not already in that session, best resulting score first. */
    public List<Alternative> alternatives(SolvedPlan plan, int week, int session, String exerciseId) {
        ExercisePlan solution = plan.solution();
        Slot slot = slot(solution, week, session, exerciseId);
        Exercise original = slot.getExercise();
        HardMediumSoftScore current = solutionManager.update(solution, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
        List<String> inSession = solution.getSlots().stream()
                .filter(s -> s.getSession() == slot.getSession() && s.getExercise() != null)
                .map(s -> s.getExercise().id()).toList();
        List<ScoredAlternative> scored = new ArrayList<>();
        try {
            for (Exercise candidate : slot.getSafeExercises()) {
                if (inSession.contains(candidate.id())) {
                    continue;
                }
                slot.setExercise(candidate);
                HardMediumSoftScore score = solutionManager.update(solution, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
                if (score.hardScore() < current.hardScore()) {
                    continue; // would make the plan unsafe (e.g. over the session's time)
                }
                scored.add(new ScoredAlternative(candidate, score));
            }
        } finally {
            slot.setExercise(original);
            solutionManager.update(solution, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
        }
        return scored.stream()
                .sorted(Comparator.comparing(ScoredAlternative::score).reversed()
                        .thenComparing(a -> a.exercise().name()))
                .map(a -> new Alternative(a.exercise(), a.score().toString(),
                        slot.getWeek().prescription(a.exercise()).words(), a.score().compareTo(current) > 0))
                .toList();
    }

    /** Replaces an exercise in one session and locks the replacement. */
    public SolvedPlan swap(SolvedPlan plan, int week, int session, String fromId, String toId) {
        Slot slot = slot(plan.solution(), week, session, fromId);
        Exercise replacement = slot.getSafeExercises().stream().filter(e -> e.id().equals(toId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(toId + " is not safe in week " + week));
        slot.setExercise(replacement);
        slot.setPinned(true);
        return new SolvedPlan(plan.solution(), generator.explain(plan.solution()));
    }

    /** The exercises locked in a plan (with the doses set by hand), to keep them when it is solved again. */
    public static List<PinnedExercise> locks(SolvedPlan plan) {
        return plan.solution().getSlots().stream()
                .filter(s -> s.isPinned() && s.getExercise() != null)
                .map(s -> new PinnedExercise(s.getWeek().index(), s.getSession().number(), s.getExercise().id(),
                        editedDose(s)))
                .toList();
    }

    /** The dose the therapist set by hand for the slot's exercise that week, or null. */
    static EditedDose editedDose(Slot slot) {
        PlanWeek week = slot.getWeek();
        return week.doseEdited(slot.getExercise()) ? week.prescription(slot.getExercise()).edited() : null;
    }

    private static Slot slot(ExercisePlan solution, int week, int session, String exerciseId) {
        return solution.getSlots().stream()
                .filter(s -> s.getWeek().index() == week && s.getSession().number() == session
                        && s.getExercise() != null && s.getExercise().id().equals(exerciseId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        exerciseId + " is not in week " + week + ", session " + session));
    }

    private record ScoredAlternative(Exercise exercise, HardMediumSoftScore score) {
    }
}
