package org.rehabplan.catalog;

import java.util.List;
import java.util.Map;

/**
 * The exercise texts in the languages other than English ({@code exercises/translations/<language>/*.json}),
 * and what is still missing, by language, file, exercise and field.
 */
public record CatalogTexts(Map<String, Map<String, ExerciseText>> byLanguage, List<MissingTranslation> missing) {

    public CatalogTexts {
        byLanguage = Map.copyOf(byLanguage);
        missing = List.copyOf(missing);
    }

    public static CatalogTexts none() {
        return new CatalogTexts(Map.of(), List.of());
    }
}
