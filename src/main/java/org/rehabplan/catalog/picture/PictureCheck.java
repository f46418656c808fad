package org.rehabplan.catalog.picture;

import java.util.List;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogProblem;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.InvalidCatalogException;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when an exercise in the catalog has no picture: patients follow pictures better than words, so a
 * handout with a missing one is incomplete. Runs as soon as both the catalog and the pictures are loaded.
 */
@Component
class PictureCheck {

    PictureCheck(Catalog catalog, ExercisePictures pictures) {
        List<CatalogProblem> missing = problems(catalog, pictures);
        if (!missing.isEmpty()) {
            throw new InvalidCatalogException(missing);
        }
    }

    static List<CatalogProblem> problems(Catalog catalog, ExercisePictures pictures) {
        return catalog.exercises().stream()
                .map(Exercise::id)
                .filter(id -> !pictures.has(id))
                .map(id -> new CatalogProblem("frontend/images/exercises/" + id + ExercisePictures.SUFFIX,
                        "exercise '" + id + "'", null, "has no picture: add its start and end pose"))
                .toList();
    }
}
