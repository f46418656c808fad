package org.rehabplan.planning.template;

import java.util.List;
import org.rehabplan.plan.PinnedExercise;

/**
 * What a template keeps of a plan: the therapist's favourite exercises, the exercises excluded for good, and the
 * exercises locked in place, by plan week and session.
 */
public record TemplateChoices(List<String> favouriteExerciseIds, List<String> excludedExerciseIds,
                              List<PinnedExercise> locks) {

    public TemplateChoices {
        favouriteExerciseIds = favouriteExerciseIds == null ? List.of() : List.copyOf(favouriteExerciseIds);
        excludedExerciseIds = excludedExerciseIds == null ? List.of() : List.copyOf(excludedExerciseIds);
        locks = locks == null ? List.of() : List.copyOf(locks);
    }
}
