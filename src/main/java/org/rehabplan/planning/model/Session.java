package org.rehabplan.planning.model;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One exercise session: a day of a plan week with the minutes its exercises may take ({@code minutesBudget}) after
 * the warm-up that opens it ({@code warmUpMinutes}).
 */
public record Session(String id, PlanWeek week, int number, DayOfWeek day, LocalDate date, int minutesBudget,
                      int warmUpMinutes) {

    public Session(String id, PlanWeek week, int number, DayOfWeek day, LocalDate date, int minutesBudget) {
        this(id, week, number, day, date, minutesBudget, 0);
    }

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
