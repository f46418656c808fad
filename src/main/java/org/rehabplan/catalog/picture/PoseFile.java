package org.rehabplan.catalog.picture;

import java.util.List;

/**
 * One exercise's picture as data ({@code <exercise-id>.pose.json}): where the patient starts, where the movement
 * ends, and what they use ({@link Prop}). Drawn by {@link PictureSvg}, so every exercise has the same style.
 */
record PoseFile(List<Prop> props, Pose start, Pose end) {

    PoseFile {
        props = props == null ? List.of() : List.copyOf(props);
    }
}
