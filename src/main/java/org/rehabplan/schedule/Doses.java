package org.rehabplan.schedule;

import org.rehabplan.plan.PlanResult.ScheduledExercise;

/**
 * Doses in words: "2 sets of 10", "10 times, hold each 5 seconds", "2 times, 1 minute each", "15 minutes". For a
 * timed exercise the plan's minutes are the dose's minutes (see DoseSchedule), so "each" is right.
 */
final class Doses {

    private Doses() {
    }

    static String plain(ScheduledExercise e) {
        Integer sets = e.sets();
        Integer reps = e.reps();
        Integer hold = e.holdSeconds();
        boolean severalSets = sets != null && sets > 1;
        if (reps != null) {
            String count = severalSets ? sets + " sets of " + reps : reps + " times";
            return hold == null ? count : count + ", hold each " + unit(hold, "second");
        }
        if (hold != null) {
            return severalSets ? sets + " times, hold " + unit(hold, "second") + " each" : "hold " + unit(hold, "second");
        }
        if (e.minutes() != null) {
            return severalSets ? sets + " times, " + unit(e.minutes(), "minute") + " each" : unit(e.minutes(), "minute");
        }
        return sets == null ? "" : unit(sets, "time");
    }

    private static String unit(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
