package org.rehabplan.planning;

import org.rehabplan.catalog.Category;

/** The phase asks each session for at least {@code minExercises} exercises of a category. */
public record SessionTarget(Session session, Category category, int minExercises) {
}
