package org.rehabplan.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An exercise the solver must keep: locked by the therapist, or part of a week already done at a follow-up.
 * {@code session} is the 1-based session number within the week; {@code dose}, when the therapist set the dose by
 * hand, is kept with it (null: the progression's dose).
 */
public record PinnedExercise(int week, int session, String exerciseId,
                             @JsonInclude(JsonInclude.Include.NON_NULL) EditedDose dose) {

    public PinnedExercise(int week, int session, String exerciseId) {
        this(week, session, exerciseId, null);
    }

    /** A saved exercise in its session, with the dose the therapist set by hand, if any. */
    public static PinnedExercise asSaved(int week, int session, PlanResult.ScheduledExercise exercise) {
        return new PinnedExercise(week, session, exercise.exerciseId(), editedDose(exercise));
    }

    private static EditedDose editedDose(PlanResult.ScheduledExercise exercise) {
        if (!exercise.doseEdited()) {
            return null;
        }
        // a timed exercise has only minutes; for the others "minutes" is the time the dose takes, not a dose part
        boolean timed = exercise.sets() == null && exercise.reps() == null && exercise.holdSeconds() == null;
        return new EditedDose(exercise.sets(), exercise.reps(), exercise.holdSeconds(),
                timed ? exercise.minutes() : null);
    }

    /** Whether this pin is for that exercise in that session, whatever its dose. */
    public boolean places(int week, int session, String exerciseId) {
        return this.week == week && this.session == session && this.exerciseId.equals(exerciseId);
    }
}
