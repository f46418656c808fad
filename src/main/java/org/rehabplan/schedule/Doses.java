package org.rehabplan.schedule;

import org.rehabplan.plan.PlanResult.ScheduledExercise;

/**
 * Doses in the patient's words: "2 sets of 10", "10 times, hold each 5 seconds", "2 times, 1 minute each",
 * "15 minutes" (Spanish: "2 series de 10", …). For a timed exercise the plan's minutes are the dose's minutes (see
 * DoseSchedule), so "each" is right. Plural forms come from the bundle's ICU plural rules.
 */
final class Doses {

    private Doses() {
    }

    static String plain(ScheduledExercise e, PatientWords words) {
        Integer sets = e.sets();
        Integer reps = e.reps();
        Integer hold = e.holdSeconds();
        boolean severalSets = sets != null && sets > 1;
        if (reps != null) {
            String count = severalSets ? words.text("dose.sets", "sets", sets, "reps", reps)
                    : words.text("dose.reps", "reps", reps);
            return hold == null ? count : words.text("dose.countHold", "count", count, "hold", hold);
        }
        if (hold != null) {
            return severalSets ? words.text("dose.setsHold", "sets", sets, "hold", hold)
                    : words.text("dose.hold", "hold", hold);
        }
        if (e.minutes() != null) {
            return severalSets ? words.text("dose.setsMinutes", "sets", sets, "minutes", e.minutes())
                    : words.text("dose.minutes", "minutes", e.minutes());
        }
        return sets == null ? "" : words.text("dose.setsOnly", "sets", sets);
    }
}
