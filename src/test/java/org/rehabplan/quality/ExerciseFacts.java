package org.rehabplan.quality;

import java.util.Set;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Category;

/** What the analyser needs to know of a scheduled exercise beyond the plan: what it counts toward and its tempo. */
interface ExerciseFacts {

    /** Where the catalog states none: 4 s per repetition (2 up, 2 down), 30 s rest between sets. */
    double DEFAULT_TEMPO_SECONDS = 4;
    double DEFAULT_REST_SECONDS = 30;

    Set<Category> countsToward(String exerciseId, Category category);

    double tempoSeconds(String exerciseId);

    double restSeconds(String exerciseId);

    static ExerciseFacts of(Catalog catalog) {
        return new ExerciseFacts() {
            @Override
            public Set<Category> countsToward(String exerciseId, Category category) {
                return catalog.find(exerciseId).map(PlanReading::countsToward).orElse(Set.of(category));
            }

            @Override
            public double tempoSeconds(String exerciseId) {
                return catalog.find(exerciseId).map(e -> PlanReading.tempoSeconds(e, DEFAULT_TEMPO_SECONDS))
                        .orElse(DEFAULT_TEMPO_SECONDS);
            }

            @Override
            public double restSeconds(String exerciseId) {
                return catalog.find(exerciseId).map(e -> PlanReading.restSeconds(e, DEFAULT_REST_SECONDS))
                        .orElse(DEFAULT_REST_SECONDS);
            }
        };
    }

    /** For hand-made plans: each exercise counts toward its own category, default tempo and rest. */
    static ExerciseFacts byCategory() {
        return new ExerciseFacts() {
            @Override
            public Set<Category> countsToward(String exerciseId, Category category) {
                return Set.of(category);
            }

            @Override
            public double tempoSeconds(String exerciseId) {
                return DEFAULT_TEMPO_SECONDS;
            }

            @Override
            public double restSeconds(String exerciseId) {
                return DEFAULT_REST_SECONDS;
            }
        };
    }
}
