package org.rehabplan.planning.service;

import java.util.ArrayList;
import java.util.List;
import org.rehabplan.catalog.DoseRange;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.plan.EditedDose;
import org.rehabplan.planning.model.Prescription;

/**
 * What the dose of one exercise in one plan week may be set to by hand: values inside the exercise's catalog ranges
 * that keep every session of the week holding it within its time (the hard time rule) and, when the week's pain holds
 * doses (the protocol's pain cap), no more work than the progression planned.
 *
 * @param current        the dose now (planned or set by hand)
 * @param planned        the progression's dose that week
 * @param maxMinutes     the most the exercise may take so that each of the week's sessions holding it fits its time
 * @param painHoldsDoses the week's pain holds doses: the dose may go down, not up
 */
public record DoseChoices(Exercise exercise, int week, EditedDose current, EditedDose planned, int maxMinutes,
                          boolean painHoldsDoses) {

    /** One part of a dose. */
    public enum Part {
        SETS, REPS, HOLD_SECONDS, MINUTES;

        DoseRange range(Exercise exercise) {
            return switch (this) {
                case SETS -> exercise.dose().sets();
                case REPS -> exercise.dose().reps();
                case HOLD_SECONDS -> exercise.dose().holdSeconds();
                case MINUTES -> exercise.dose().minutes();
            };
        }

        public Integer of(EditedDose dose) {
            return switch (this) {
                case SETS -> dose.sets();
                case REPS -> dose.reps();
                case HOLD_SECONDS -> dose.holdSeconds();
                case MINUTES -> dose.minutes();
            };
        }

        public EditedDose with(EditedDose dose, Integer value) {
            return switch (this) {
                case SETS -> new EditedDose(value, dose.reps(), dose.holdSeconds(), dose.minutes());
                case REPS -> new EditedDose(dose.sets(), value, dose.holdSeconds(), dose.minutes());
                case HOLD_SECONDS -> new EditedDose(dose.sets(), dose.reps(), value, dose.minutes());
                case MINUTES -> new EditedDose(dose.sets(), dose.reps(), dose.holdSeconds(), value);
            };
        }
    }

    /** A dose of this exercise as the plan uses it, with the time it takes. */
    public Prescription prescription(EditedDose dose) {
        return Prescription.of(dose, exercise);
    }

    /** The parts this exercise's dose has (e.g. sets and reps, or minutes). */
    public List<Part> parts() {
        return java.util.Arrays.stream(Part.values()).filter(p -> p.range(exercise) != null).toList();
    }

    /** Whether a dose may be set: inside the catalog ranges, within the session time, and within the pain cap. */
    public boolean allows(EditedDose dose) {
        if (!dose.within(exercise)) {
            return false;
        }
        Prescription p = Prescription.of(dose, exercise);
        if (p.durationMinutes() > maxMinutes) {
            return false;
        }
        return !painHoldsDoses || p.volume() <= Prescription.of(planned, exercise).volume() + 1e-9;
    }

    /** The values one part can take with the other parts as in {@code others}, each allowed, smallest first. */
    public List<Integer> values(Part part, EditedDose others) {
        DoseRange range = part.range(exercise);
        List<Integer> values = new ArrayList<>();
        if (range == null) {
            return values;
        }
        for (int v = (int) Math.round(range.min()); v <= Math.round(range.max()); v++) {
            if (allows(part.with(others, v))) {
                values.add(v);
            }
        }
        return values;
    }
}
