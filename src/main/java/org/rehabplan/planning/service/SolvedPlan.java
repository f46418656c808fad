package org.rehabplan.planning.service;

import org.rehabplan.plan.PlanResult;
import org.rehabplan.planning.model.ExercisePlan;

/**
 * A solved program together with the solver's model of it, so that the therapist can keep adjusting it (lock, swap)
 * and re-solve with the locks kept.
 */
public record SolvedPlan(ExercisePlan solution, PlanResult result) {
}
