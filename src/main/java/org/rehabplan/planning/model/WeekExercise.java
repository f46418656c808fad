package org.rehabplan.planning.model;

import org.rehabplan.catalog.Exercise;

/**
 * What the solver needs to know of one exercise in one plan week, worked out once when the problem is built so that
 * scoring reads fields instead of re-deriving them: its dose and minutes that week, which safety rules it breaks (one
 * bit per {@link SafetyRule}), whether it is its family's current variant and how many progression steps the family
 * has climbed, and whether it is a therapist favourite. Compared by identity: there is one per exercise and week.
 */
public final class WeekExercise {

    private final Exercise exercise;
    private final PlanWeek week;
    private final Prescription prescription;
    private final int brokenRules;
    private final int doseStep;
    private final boolean onLadder;
    private final String family;
    private final boolean favourite;
    private final int[] targetOrdinals;

    WeekExercise(Exercise exercise, PlanWeek week, Prescription prescription, int brokenRules, int doseStep,
                 boolean onLadder, String family, boolean favourite) {
        this.exercise = exercise;
        this.week = week;
        this.prescription = prescription;
        this.brokenRules = brokenRules;
        this.doseStep = doseStep;
        this.onLadder = onLadder;
        this.family = family;
        this.favourite = favourite;
        this.targetOrdinals = exercise.countsToward().stream().mapToInt(Enum::ordinal).sorted().toArray();
    }

    /** Ordinals of the categories whose targets the exercise counts toward (empty for passive items). */
    int[] targetOrdinals() {
        return targetOrdinals;
    }

    /** Whether the family can go on next week (it has a safe variant there), so leaving it out would be a drop. */
    public boolean availableNextWeek() {
        PlanWeek next = week.next();
        return next != null && next.ladder().containsKey(family);
    }

    public Exercise exercise() {
        return exercise;
    }

    PlanWeek week() {
        return week;
    }

    Prescription prescription() {
        return prescription;
    }

    /**
     * The work this week's dose asks, as a reader compares weeks: minutes for a timed exercise (no reps, no hold),
     * otherwise sets × reps × hold seconds (a hold of 0 or none counts as 1).
     */
    public int volume() {
        Prescription p = prescription;
        if (p.reps() == null && p.holdSeconds() == null) {
            return p.minutes() == null ? 0 : p.minutes();
        }
        int hold = p.holdSeconds() == null || p.holdSeconds() == 0 ? 1 : p.holdSeconds();
        return (p.sets() == null ? 1 : p.sets()) * (p.reps() == null ? 1 : p.reps()) * hold;
    }

    /** Session time at this week's dose, in whole minutes rounded up. */
    public int minutes() {
        return prescription.durationMinutes();
    }

    public boolean safe() {
        return brokenRules == 0;
    }

    public boolean breaks(SafetyRule rule) {
        return (brokenRules & (1 << rule.ordinal())) != 0;
    }

    /** Progression steps the family has climbed since it started, as of this week (0 = its starting dose). */
    public int doseStep() {
        return doseStep;
    }

    /** The family's current variant this week (not an easier or harder one kept by a lock). */
    public boolean onLadder() {
        return onLadder;
    }

    /** The id of the exercise's family (see {@link org.rehabplan.catalog.ExerciseFamily}). */
    public String family() {
        return family;
    }

    public boolean favourite() {
        return favourite;
    }

    @Override
    public String toString() {
        return exercise.id() + "@" + week;
    }
}
