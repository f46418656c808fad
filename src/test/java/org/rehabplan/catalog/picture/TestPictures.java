package org.rehabplan.catalog.picture;

import tools.jackson.databind.json.JsonMapper;

/** The pictures as the app loads them, for tests outside this package. */
public final class TestPictures {

    private TestPictures() {
    }

    public static ExercisePictures fromFrontendFolder() {
        return new ExercisePictures(JsonMapper.builder().findAndAddModules().build(), "file:frontend/images/exercises/");
    }
}
