package org.rehabplan.protocol;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.rehabplan.base.Reason;

/**
 * A restriction that holds while the weeks after the procedure are below {@code untilWeek} (null: the whole plan).
 * {@code maxKg} belongs to LIFT_LIMIT, {@code exerciseId} to EXCLUDE_EXERCISE; {@code reason} is optional text.
 */
public record Restriction(
        @NotNull(message = "choose a restriction type") RestrictionType type,
        @PositiveOrZero(message = "must be 0 kg or more") Double maxKg,
        String exerciseId,
        @Min(value = 0, message = "must be 0 or more weeks after the procedure") Integer untilWeek,
        String reason) {

    public static Restriction of(RestrictionType type, Integer untilWeek) {
        return new Restriction(type, null, null, untilWeek, null);
    }

    public static Restriction liftLimit(double maxKg, Integer untilWeek) {
        return new Restriction(RestrictionType.LIFT_LIMIT, maxKg, null, untilWeek, null);
    }

    public static Restriction exclude(String exerciseId) {
        return new Restriction(RestrictionType.EXCLUDE_EXERCISE, null, exerciseId, null, null);
    }

    /** Whether the restriction is in force in a week that is {@code weeksAfterProcedure} weeks after the procedure. */
    public boolean activeAt(int weeksAfterProcedure) {
        return untilWeek == null || weeksAfterProcedure < untilWeek;
    }

    @AssertTrue(message = "a lift limit needs the maximum kg")
    boolean isMaxKgGivenForLiftLimit() {
        return type != RestrictionType.LIFT_LIMIT || maxKg != null;
    }

    @AssertTrue(message = "choose the exercise to exclude")
    boolean isExerciseGivenForExclusion() {
        return type != RestrictionType.EXCLUDE_EXERCISE || (exerciseId != null && !exerciseId.isBlank());
    }

    /**
     * The restriction as data for the reader's words ("No twisting until 12 weeks after the fracture"): its type, the
     * kg of a lift limit, the excluded exercise, the week it holds until, and the patient's {@code protocol} (its id),
     * whose files word how its weeks count (from the procedure, the fracture or the diagnosis, not from the plan
     * start).
     */
    public Reason asReason(String protocolId) {
        return Reason.of("RESTRICTION", null, null, "type", type, "maxKg", maxKg, "excludedExercise", exerciseId,
                "untilWeek", untilWeek, "protocol", untilWeek == null ? null : protocolId);
    }
}
