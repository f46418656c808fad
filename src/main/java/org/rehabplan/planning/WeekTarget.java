package org.rehabplan.planning;

import org.rehabplan.catalog.Category;

/** The phase asks each week for a category in at least {@code minSessions} sessions and/or {@code minMinutes} minutes. */
public record WeekTarget(PlanWeek week, Category category, int minSessions, int minMinutes) {
}
