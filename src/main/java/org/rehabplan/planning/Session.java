package org.rehabplan.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** One exercise session: a day of a plan week with its time budget. */
public record Session(String id, PlanWeek week, int number, DayOfWeek day, LocalDate date, int minutesBudget) {

    @Override
    public String toString() {
        return id;
    }
}
