package org.rehabplan.catalog;

import java.util.Locale;
import org.rehabplan.base.ExerciseNames;
import org.springframework.stereotype.Component;

/** Exercise names for the words of reasons, from the loaded catalog. */
@Component
class CatalogExerciseNames implements ExerciseNames {

    private final Catalog catalog;

    CatalogExerciseNames(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name(String exerciseId, Locale locale) {
        return catalog.find(exerciseId).map(Exercise::name).orElse(exerciseId);
    }
}
