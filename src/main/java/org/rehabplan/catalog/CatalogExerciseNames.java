package org.rehabplan.catalog;

import java.util.Locale;
import org.rehabplan.base.ExerciseNames;
import org.springframework.stereotype.Component;

/** Exercise names for readers, from the loaded catalog in the reader's language (English where a text is missing). */
@Component
class CatalogExerciseNames implements ExerciseNames {

    private final Catalog catalog;

    CatalogExerciseNames(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name(String exerciseId, Locale locale, String fallback) {
        return catalog.name(exerciseId, locale.getLanguage(), fallback);
    }
}
