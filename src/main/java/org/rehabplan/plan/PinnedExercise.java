package org.rehabplan.plan;

/**
 * An exercise the solver must keep: locked by the therapist, or part of a week already done at a follow-up.
 * {@code session} is the 1-based session number within the week.
 */
public record PinnedExercise(int week, int session, String exerciseId) {
}
