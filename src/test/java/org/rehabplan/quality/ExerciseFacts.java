package org.rehabplan.quality;

import java.util.Set;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Category;

/** What the analyser needs to know of a scheduled exercise beyond the plan: what it counts toward and its tempo. */
interface ExerciseFacts {

    /** Assumed until the catalog states them: 4 s per repetition (2 up, 2 down), 30 s rest between sets. */
    int DEFAULT_TEMPO_SECONDS = 4;
    int DEFAULT_REST_SECONDS = 30;

    Set<Category> countsToward(String exerciseId, Category category);

    int tempoSeconds(String exerciseId);

    int restSeconds(String exerciseId);

    static ExerciseFacts of(Catalog catalog) {
        return new ExerciseFacts() {
            @Override
            public Set<Category> countsToward(String exerciseId, Category category) {
                return catalog.find(exerciseId).map(PlanReading::countsToward).orElse(Set.of(category));
            }

            @Override
            public int tempoSeconds(String exerciseId) {
                return catalog.find(exerciseId).map(e -> PlanReading.tempoSeconds(e, DEFAULT_TEMPO_SECONDS))
                        .orElse(DEFAULT_TEMPO_SECONDS);
            }

            @Override
            public int restSeconds(String exerciseId) {
                return catalog.find(exerciseId).map(e -> PlanReading.restSeconds(e, DEFAULT_REST_SECONDS))
                        .orElse(DEFAULT_REST_SECONDS);
            }
        };
    }

    /** Convenience for hand-made plans: each exercise counts toward its category, default tempo and rest. */
    static ExerciseFacts byCategory() {
        return new ExerciseFacts() {
            @Override
            public Set<Category> countsToward(String exerciseId, Category category) {
                return Set.of(category);
            }

            @Override
            public int tempoSeconds(String exerciseId) {
                return DEFAULT_TEMPO_SECONDS;
            }

            @Override
            public int restSeconds(String exerciseId) {
                return DEFAULT_REST_SECONDS;
            }
        };
    }
}
