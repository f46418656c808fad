package org.rehabplan.schedule;

import java.util.Optional;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.ExerciseText;
import org.rehabplan.catalog.picture.ExercisePictures;

/**
 * One exercise explained in the patient's language: its picture (start and finish), steps, tips and cautions. Shared
 * by handout and phone.
 */
final class ExerciseHowTo {

    private final Catalog catalog;
    private final ExercisePictures pictures;

    ExerciseHowTo(Catalog catalog, ExercisePictures pictures) {
        this.catalog = catalog;
        this.pictures = pictures;
    }

    /** The exercise's name in the patient's language; {@code saved} (the plan's own name) if the catalog lost it. */
    String name(String exerciseId, String saved, PatientWords words) {
        return catalog.name(exerciseId, words.language(), saved);
    }

    /** The picture as inline SVG; {@code name} labels it for screen readers. */
    void picture(Xhtml html, String exerciseId, String name) {
        pictures.svg(exerciseId, name).ifPresent(svg -> html.open("div", "rp-s-picture").raw(svg).close("div"));
    }

    /** Steps, tips and cautions of a catalog exercise (nothing if the catalog no longer has it). */
    void steps(Xhtml html, String exerciseId, PatientWords words) {
        Optional<Exercise> exercise = catalog.find(exerciseId);
        exercise.ifPresent(e -> {
            ExerciseText text = catalog.text(e, words.language());
            html.open("ol", "rp-s-steps");
            text.instructions().forEach(step -> html.element("li", null, step));
            html.close("ol");
            text.cues().forEach(cue -> html.open("p", "rp-s-cue").element("strong", null, words.text("tipLabel"))
                    .text(" " + cue).close("p"));
            text.precautions().forEach(care -> html.open("p", "rp-s-care")
                    .element("strong", null, words.text("careLabel")).text(" " + care).close("p"));
        });
    }
}
