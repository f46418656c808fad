package org.rehabplan.plan;

import org.rehabplan.catalog.Dose;
import org.rehabplan.catalog.DoseRange;
import org.rehabplan.catalog.Exercise;

/**
 * A dose the therapist set by hand for one exercise in one plan week (sets, repetitions, hold or minutes; null where
 * the exercise has no such range). It replaces the progression's dose that week, in every session of the week.
 */
public record EditedDose(Integer sets, Integer reps, Integer holdSeconds, Integer minutes) {

    /** Whether every value lies inside the exercise's catalog range and every range the exercise has is given. */
    public boolean within(Exercise exercise) {
        Dose dose = exercise.dose();
        return fits(sets, dose.sets()) && fits(reps, dose.reps()) && fits(holdSeconds, dose.holdSeconds())
                && fits(minutes, dose.minutes());
    }

    private static boolean fits(Integer value, DoseRange range) {
        if (range == null) {
            return value == null;
        }
        return value != null && value >= Math.round(range.min()) && value <= Math.round(range.max());
    }
}
