package org.rehabplan.planning;

import org.rehabplan.plan.PlanResult;

/**
 * A solved program together with the solver's model of it, so that the therapist can keep adjusting it (lock, swap)
 * and re-solve with the locks kept.
 */
public record SolvedPlan(ExercisePlan solution, PlanResult result) {
}
