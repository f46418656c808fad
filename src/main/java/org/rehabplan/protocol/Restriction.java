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
     * The restriction as data for the reader's words ("No twisting until week 12 after the procedure"): its type,
     * the kg of a lift limit, the excluded exercise, and the week after the procedure it holds until. The week counts
     * from the procedure, not from the plan start, and the words say so.
     */
    public Reason asReason() {
        return asReason(null);
    }

    /**
     * As a reason whose end is counted as the patient's protocol counts weeks: {@code weeksAfter} holds that
     * protocol's phrase by language ("weeks after the fracture"); null keeps the generic "until week N".
     */
    public Reason asReason(java.util.Map<String, String> weeksAfter) {
        return Reason.of("RESTRICTION", null, null, "type", type, "maxKg", maxKg, "excludedExercise", exerciseId,
                "untilWeek", untilWeek, "weeksAfterPhrase", untilWeek == null ? null : weeksAfter);
    }
}
