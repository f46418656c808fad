package org.rehabplan.planning;

/**
 * The concrete dose of one exercise in one week: any of sets, reps, hold and minutes (null where the exercise has
 * no such range), and the time one session of it takes at this dose.
 */
public record Prescription(Integer sets, Integer reps, Integer holdSeconds, Integer minutes, int durationMinutes) {

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
