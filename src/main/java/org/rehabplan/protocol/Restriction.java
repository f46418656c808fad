package org.rehabplan.protocol;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.rehabplan.base.Numbers;

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

    /** "No twisting until week 12", "Lift no more than 2.3 kg until week 6". */
    public String describe() {
        return describe(id -> "'" + id + "'");
    }

    /**
     * The restriction in a therapist's words; {@code exerciseName} names an excluded exercise. {@code untilWeek}
     * counts from the procedure, not from the plan start, so the text says so.
     */
    public String describe(java.util.function.Function<String, String> exerciseName) {
        return describe(exerciseName, null);
    }

    /**
     * The restriction in a therapist's words, its end counted as the patient's protocol counts weeks
     * ({@code weeksAfter}: "weeks after the fracture"); null keeps the original wording ("until week 12 after the
     * procedure").
     */
    public String describe(java.util.function.Function<String, String> exerciseName, String weeksAfter) {
        String what = switch (type) {
            case LIFT_LIMIT -> "Lift no more than " + (maxKg == null ? "?" : Numbers.plain(maxKg)) + " kg";
            case EXCLUDE_EXERCISE -> "Excluded: " + exerciseName.apply(exerciseId);
            default -> type.label();
        };
        if (untilWeek == null) {
            return what;
        }
        return weeksAfter == null ? what + " until week " + untilWeek + " after the procedure"
                : what + " until " + untilWeek + " " + weeksAfter;
    }
}
