package org.rehabplan.planning;

import org.rehabplan.catalog.Dose;
import org.rehabplan.catalog.DoseRange;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.protocol.Phase;

/**
 * Moves each exercise's dose from the bottom to the top of its range over the protocol's ramp weeks, counted from
 * the week the exercise became allowed (its own earliest week or its phase's start, whichever is later). Pain slows
 * the ramp: from 4/10 the dose goes only half way, from 7/10 it stays at the bottom of the range.
 */
final class DoseSchedule {

    private DoseSchedule() {
    }

    static Prescription prescribe(Exercise exercise, int weeksAfterProcedure, Phase phase, int painLevel,
                                  int rampWeeks) {
        double fraction = fraction(exercise, weeksAfterProcedure, phase, painLevel, rampWeeks);
        Dose dose = exercise.dose();
        Integer sets = valueAt(dose.sets(), fraction);
        Integer reps = valueAt(dose.reps(), fraction);
        Integer hold = valueAt(dose.holdSeconds(), fraction);
        Integer minutes = valueAt(dose.minutes(), fraction);
        return new Prescription(sets, reps, hold, minutes, duration(exercise, sets, reps, hold, minutes));
    }

    static double fraction(Exercise exercise, int weeksAfterProcedure, Phase phase, int painLevel, int rampWeeks) {
        int allowedFrom = Math.max(exercise.minWeeksAfterProcedure(), phase.fromWeek());
        double fraction = rampWeeks <= 0 ? 1 : (double) (weeksAfterProcedure - allowedFrom) / rampWeeks;
        double painCeiling = painLevel >= 7 ? 0 : painLevel >= 4 ? 0.5 : 1;
        return Math.max(0, Math.min(Math.min(1, fraction), painCeiling));
    }

    /**
     * The dose's place in its range as a whole number of ramp steps (0 = the bottom of the range, each step a
     * {@code 1/rampWeeks} share of it): what gradual progression compares from one week to the next.
     */
    static int step(Exercise exercise, int weeksAfterProcedure, Phase phase, int painLevel, int rampWeeks) {
        return (int) Math.round(fraction(exercise, weeksAfterProcedure, phase, painLevel, rampWeeks)
                * Math.max(1, rampWeeks));
    }

    private static Integer valueAt(DoseRange range, double fraction) {
        return range == null ? null : range.at(fraction);
    }

    /**
     * Session time at this dose: a timed exercise takes its minutes; otherwise the base time grows with the work
     * (sets × reps × hold) relative to the base dose, rounded up to whole minutes.
     */
    private static int duration(Exercise exercise, Integer sets, Integer reps, Integer hold, Integer minutes) {
        if (minutes != null) {
            return Math.max(1, minutes);
        }
        Dose dose = exercise.dose();
        double work = factor(sets, dose.sets()) * factor(reps, dose.reps()) * factor(hold, dose.holdSeconds());
        double scaled = exercise.minutes() * (1 + (work - 1) * 0.5); // rests and set-up don't grow with the work
        return (int) Math.max(1, Math.ceil(scaled - 1e-9));
    }

    private static double factor(Integer value, DoseRange range) {
        return value == null || range == null || range.min() <= 0 ? 1 : value / range.min();
    }
}
