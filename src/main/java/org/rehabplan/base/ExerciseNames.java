package org.rehabplan.base;

import java.util.Locale;

/** An exercise's name for a reader, by id (the catalog knows them): what a reason's {@code {exercise}} shows. */
public interface ExerciseNames {

    /** The name in the reader's language, or the id itself when no exercise has it. */
    String name(String exerciseId, Locale locale);
}
