package org.rehabplan.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates written out in full for the patient ("Monday 24 November 2026"): no numeric dates to misread. */
final class ScheduleDates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    private static final DateTimeFormatter WEEKDAY_LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private ScheduleDates() {
    }

    static String longDate(LocalDate date) {
        return LONG.format(date);
    }

    static String dayMonth(LocalDate date) {
        return DAY_MONTH.format(date);
    }

    static String weekdayLong(LocalDate date) {
        return WEEKDAY_LONG.format(date);
    }

    /** "12 to 18 January 2027", "28 December 2026 to 3 January 2027": a week in one short line. */
    static String weekRange(LocalDate start) {
        LocalDate end = start.plusDays(6);
        if (start.getYear() != end.getYear()) {
            return longDate(start) + " to " + longDate(end);
        }
        return (start.getMonth() == end.getMonth() ? String.valueOf(start.getDayOfMonth()) : dayMonth(start)) + " to "
                + longDate(end);
    }

    static String shortDay(LocalDate date) {
        return SHORT_DAY.format(date);
    }

    static String shortDate(LocalDate date) {
        return SHORT_DATE.format(date);
    }
}
