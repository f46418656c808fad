package org.rehabplan.base;

import java.util.Locale;

/**
 * An exercise's name for a reader, by id (the catalog knows them): what a reason's {@code {exercise}} shows, and what
 * every reader of a saved plan shows instead of the name the plan stored when it was made.
 */
public interface ExerciseNames {

    /** The name in the reader's language, or {@code fallback} when no exercise has that id (any more). */
    String name(String exerciseId, Locale locale, String fallback);

    /** The name in the reader's language, or the id itself when no exercise has it. */
    default String name(String exerciseId, Locale locale) {
        return name(exerciseId, locale, exerciseId);
    }
}
