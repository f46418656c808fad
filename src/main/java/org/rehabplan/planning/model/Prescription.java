package org.rehabplan.planning.model;

import org.rehabplan.base.Reason;
import org.rehabplan.catalog.DoseTime;
import org.rehabplan.plan.PlanResult;

/**
 * The concrete dose of one exercise in one week: any of sets, reps, hold and minutes (null where the exercise has
 * no such range), and the seconds one session of it takes at this dose ({@link DoseTime}).
 */
public record Prescription(Integer sets, Integer reps, Integer holdSeconds, Integer minutes, int seconds) {

    /** A dose the therapist set by hand, as the plan uses it, with the time it takes (see {@link DoseTime}). */
    public static Prescription of(org.rehabplan.plan.EditedDose dose, org.rehabplan.catalog.Exercise exercise) {
        return new Prescription(dose.sets(), dose.reps(), dose.holdSeconds(), dose.minutes(),
                DoseTime.seconds(exercise, dose.sets(), dose.reps(), dose.holdSeconds(), dose.minutes()));
    }

    /** This dose as one the therapist could set by hand. */
    public org.rehabplan.plan.EditedDose edited() {
        return new org.rehabplan.plan.EditedDose(sets, reps, holdSeconds, minutes);
    }

    /** Whole minutes on the plan, rounded up so that a session's listed minutes are never less than it takes. */
    public int durationMinutes() {
        return Math.max(1, (seconds + 59) / 60);
    }

    /** The work the dose asks: minutes for a timed exercise, otherwise repetitions times (1 + hold seconds). */
    public double volume() {
        if (minutes != null) {
            return minutes;
        }
        return (sets == null ? 1 : sets) * (reps == null ? 1 : reps) * (1 + (holdSeconds == null ? 0 : holdSeconds));
    }

    /** The dose as data for the reader's words ("2 × 10, hold 5 s", "15 min"): {@code DOSE_AMOUNT} with its parts. */
    public Reason words() {
        return Reason.of("DOSE_AMOUNT", null, null, "dose", PlanResult.doseParts(sets, reps, holdSeconds, minutes));
    }

    /** "2 × 10, hold 5 s", "15 min". */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (sets != null && reps != null) {
            text.append(sets).append(" × ").append(reps);
        } else if (reps != null) {
            text.append(reps).append(" times");
        } else if (sets != null) {
            text.append(sets).append(sets == 1 ? " set" : " sets");
        }
        if (holdSeconds != null) {
            text.append(text.isEmpty() ? "" : ", ").append("hold ").append(holdSeconds).append(" s");
        }
        if (minutes != null) {
            text.append(text.isEmpty() ? "" : ", ").append(minutes).append(" min");
        }
        return text.toString();
    }
}
