package org.rehabplan.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** One exercise session: a day of a plan week with its time budget. */
public record Session(String id, PlanWeek week, int number, DayOfWeek day, LocalDate date, int minutesBudget) {

    /** Sessions key the score's groups; the id alone is as selective and its hash is cached. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
