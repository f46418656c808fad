package org.rehabplan.protocol;

import org.rehabplan.catalog.Category;

/**
 * What a phase asks of one category: per session at least {@code minExercises};
 * per week at least {@code minSessions} sessions with it and {@code minMinutes} minutes of it. Absent = no target.
 */
public record CategoryTarget(Category category, Integer minExercises, Integer minSessions, Integer minMinutes) {
}
