package org.rehabplan.patient;

import java.time.DayOfWeek;
import java.util.List;

/** Session days spread through the week so that strength sessions get rest days between them. */
final class DefaultSessionDays {

    private static final List<List<DayOfWeek>> BY_COUNT = List.of(
            List.of(DayOfWeek.MONDAY),
            List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
            List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                    DayOfWeek.SATURDAY),
            List.of(DayOfWeek.values()));

    private DefaultSessionDays() {
    }

    static List<DayOfWeek> forSessions(int sessionsPerWeek) {
        return BY_COUNT.get(Math.max(1, Math.min(7, sessionsPerWeek)) - 1);
    }
}
