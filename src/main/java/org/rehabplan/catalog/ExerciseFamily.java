package org.rehabplan.catalog;

import java.util.List;

/**
 * Exercises chained by their progression links, easiest first (e.g. wall push-up, then counter push-up): a plan
 * climbs a family one dose step at a time and moves to the next variant once the dose range is topped. An exercise
 * without links is a family of one. Named after its easiest variant.
 */
public record ExerciseFamily(String id, List<Exercise> variants) {

    public ExerciseFamily {
        variants = List.copyOf(variants);
    }

    /** Position of the exercise in the family (0 = easiest), or -1 when it is not in it. */
    public int indexOf(Exercise exercise) {
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).id().equals(exercise.id())) {
                return i;
            }
        }
        return -1;
    }
}
