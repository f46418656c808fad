package org.rehabplan.catalog;

/**
 * The one calculation of how long a dose takes, used for an exercise's catalog minutes, a plan's minutes and the
 * session's time budget: a timed dose takes its minutes; a counted dose takes sets × reps × (seconds per repetition
 * + hold) plus the rest between sets. Doses of a slow strength exercise take 2-4 s a repetition plus the hold and
 * 30-90 s of rest between sets (ACSM progression models; Too Fit To Fracture 2014).
 */
public final class DoseTime {

    private DoseTime() {
    }

    /** Seconds one session of the exercise takes at this dose (absent values count as one set, no hold). */
    public static int seconds(Exercise exercise, Integer sets, Integer reps, Integer holdSeconds, Integer minutes) {
        if (minutes != null) {
            return minutes * 60;
        }
        int setCount = sets == null ? 1 : Math.max(1, sets);
        int repCount = reps == null ? 1 : Math.max(1, reps);
        double perRep = (exercise.tempoSeconds() == null ? 0 : exercise.tempoSeconds())
                + (holdSeconds == null ? 0 : holdSeconds);
        double rest = exercise.restSeconds() == null ? 0 : exercise.restSeconds();
        return (int) Math.ceil(setCount * repCount * perRep + (setCount - 1) * rest);
    }

    /** Seconds at the bottom of every range: the starting dose. */
    public static int startingSeconds(Exercise exercise) {
        Dose dose = exercise.dose();
        return seconds(exercise, min(dose.sets()), min(dose.reps()), min(dose.holdSeconds()), min(dose.minutes()));
    }

    /** Whole minutes a number of seconds shows as: rounded to the nearest minute, at least one. */
    public static int minutes(int seconds) {
        return Math.max(1, (int) Math.round(seconds / 60.0));
    }

    private static Integer min(DoseRange range) {
        return range == null ? null : (int) Math.round(range.min());
    }
}
