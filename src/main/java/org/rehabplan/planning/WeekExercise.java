package org.rehabplan.planning;

import org.rehabplan.catalog.Exercise;

/**
 * What the solver needs to know of one exercise in one plan week, worked out once when the problem is built so that
 * scoring reads fields instead of re-deriving them: its dose and minutes that week, which safety rules it breaks (one
 * bit per {@link SafetyRule}), where its dose stands in its range, and whether it is a therapist favourite.
 * Compared by identity: there is one per exercise and week.
 */
final class WeekExercise {

    private final Exercise exercise;
    private final PlanWeek week;
    private final Prescription prescription;
    private final int brokenRules;
    private final int doseStep;
    private final boolean favourite;

    WeekExercise(Exercise exercise, PlanWeek week, Prescription prescription, int brokenRules, int doseStep,
                 boolean favourite) {
        this.exercise = exercise;
        this.week = week;
        this.prescription = prescription;
        this.brokenRules = brokenRules;
        this.doseStep = doseStep;
        this.favourite = favourite;
    }

    Exercise exercise() {
        return exercise;
    }

    PlanWeek week() {
        return week;
    }

    Prescription prescription() {
        return prescription;
    }

    /** Session time at this week's dose. */
    int minutes() {
        return prescription.durationMinutes();
    }

    boolean safe() {
        return brokenRules == 0;
    }

    boolean breaks(SafetyRule rule) {
        return (brokenRules & (1 << rule.ordinal())) != 0;
    }

    /** How many ramp steps above the bottom of its range the dose stands this week (0 = the starting dose). */
    int doseStep() {
        return doseStep;
    }

    boolean favourite() {
        return favourite;
    }

    @Override
    public String toString() {
        return exercise.id() + "@" + week;
    }
}
