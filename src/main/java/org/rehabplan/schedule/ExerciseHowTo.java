package org.rehabplan.schedule;

import java.util.Optional;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.picture.ExercisePictures;

/** One exercise explained: its picture (start and finish), steps, tips and cautions. Shared by handout and phone. */
final class ExerciseHowTo {

    private final Catalog catalog;
    private final ExercisePictures pictures;
    private final PatientTexts texts;

    ExerciseHowTo(Catalog catalog, ExercisePictures pictures, PatientTexts texts) {
        this.catalog = catalog;
        this.pictures = pictures;
        this.texts = texts;
    }

    /** The picture as inline SVG; {@code name} is what the plan calls the exercise. */
    void picture(Xhtml html, String exerciseId, String name) {
        pictures.svg(exerciseId, name).ifPresent(svg -> html.open("div", "rp-s-picture").raw(svg).close("div"));
    }

    /** Steps, tips and cautions of a catalog exercise (nothing if the catalog no longer has it). */
    void steps(Xhtml html, String exerciseId) {
        Optional<Exercise> exercise = catalog.find(exerciseId);
        exercise.ifPresent(e -> {
            html.open("ol", "rp-s-steps");
            e.instructions().forEach(step -> html.element("li", null, step));
            html.close("ol");
            e.cues().forEach(cue -> html.open("p", "rp-s-cue").element("strong", null, texts.tipLabel())
                    .text(" " + cue).close("p"));
            e.precautions().forEach(care -> html.open("p", "rp-s-care").element("strong", null, texts.careLabel())
                    .text(" " + care).close("p"));
        });
    }
}
