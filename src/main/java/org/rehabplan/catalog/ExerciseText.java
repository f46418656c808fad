package org.rehabplan.catalog;

import java.util.List;

/** What the patient reads about an exercise, in one language: its name, the steps, tips and cautions. */
public record ExerciseText(String name, List<String> instructions, List<String> cues, List<String> precautions) {

    public ExerciseText {
        instructions = instructions == null ? null : List.copyOf(instructions);
        cues = cues == null ? null : List.copyOf(cues);
        precautions = precautions == null ? null : List.copyOf(precautions);
    }

    static ExerciseText of(Exercise e) {
        return new ExerciseText(e.name(), e.instructions(), e.cues(), e.precautions());
    }

    /** This translation with every field it lacks (or only partly translates) taken from {@code english}. */
    ExerciseText over(ExerciseText english) {
        return new ExerciseText(name == null ? english.name() : name,
                complete(instructions, english.instructions()) ? instructions : english.instructions(),
                complete(cues, english.cues()) ? cues : english.cues(),
                complete(precautions, english.precautions()) ? precautions : english.precautions());
    }

    /** A list translates its English one when it has as many items (each step, tip or caution translated). */
    static boolean complete(List<String> translated, List<String> english) {
        return english.isEmpty() || (translated != null && translated.size() == english.size());
    }
}
