package org.rehabplan.protocol;

import org.rehabplan.catalog.Category;

/**
 * Practice outside the timed sessions that a phase asks for, e.g. a daily walk: {@code minMinutesPerDay} to
 * {@code maxMinutesPerDay} minutes on {@code days} days a week, growing by {@code weeklyIncrease} (0.15 = 15 %) a week
 * and carried across phases (a new phase raises the ceiling, it does not reset the floor). With
 * {@code offSessionDaysOnly} it is done on the days without a session (e.g. balance practice).
 */
public record HomeworkTarget(Category category, int minMinutesPerDay, int maxMinutesPerDay, int days,
                             double weeklyIncrease, boolean offSessionDaysOnly) {
}
