package org.rehabplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabplan.catalog.CatalogFolder.array;
import static org.rehabplan.catalog.CatalogFolder.exercise;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exercise texts per language ({@code translations/<language>/<file>.json}): what a patient reads in Spanish, with
 * every gap reported by file, exercise and field, and the English standing in until it is filled.
 */
class CatalogTranslationsTest {

    @TempDir
    Path dir;

    private CatalogFolder folder;
    private final CatalogLoader loader = new CatalogLoader(JsonMapper.builder().findAndAddModules().build());

    @BeforeEach
    void setUp() {
        folder = new CatalogFolder(dir);
        folder.file("posture.json", array(exercise("chin-tuck"), exercise("wall-stand",
                "\"cues\": [\"Stand tall.\", \"Breathe.\"]")));
    }

    @Test
    void theShippedCatalogHasEveryExerciseTextInSpanish() {
        Catalog catalog = loader.load("file:exercises/");

        assertThat(catalog.missingTranslations()).isEmpty();
        Exercise walking = catalog.find("walking-program").orElseThrow();
        assertThat(catalog.text(walking, "es").name()).isEqualTo("Caminar");
        assertThat(catalog.text(walking, "en").name()).isEqualTo(walking.name());
    }

    @Test
    void aSpanishTextReplacesTheEnglishOneFieldByField() {
        folder.file("translations/es/posture.json", """
                {"chin-tuck": {"name": "Meter la barbilla", "instructions": ["Siéntese erguido."],
                               "cues": ["Respire."], "precautions": ["Pare si sube el dolor."]}}""");
        Catalog catalog = loader.load(folder.location());

        ExerciseText text = catalog.text(catalog.find("chin-tuck").orElseThrow(), "es");
        assertThat(text).isEqualTo(new ExerciseText("Meter la barbilla", List.of("Siéntese erguido."),
                List.of("Respire."), List.of("Pare si sube el dolor.")));
        assertThat(catalog.name("chin-tuck", "es", "saved name")).isEqualTo("Meter la barbilla");
        assertThat(catalog.name("gone-from-the-catalog", "es", "saved name")).isEqualTo("saved name");
    }

    @Test
    void aCatalogMissingSomeSpanishStillLoadsAndSaysWhichFileExerciseAndField() {
        // wall-stand has no Spanish at all; chin-tuck has everything but its cues
        folder.file("translations/es/posture.json", """
                {"chin-tuck": {"name": "Meter la barbilla", "instructions": ["Siéntese erguido."],
                               "precautions": ["Pare si sube el dolor."]}}""");
        Catalog catalog = loader.load(folder.location());

        assertThat(catalog.missingTranslations()).extracting(MissingTranslation::toString).containsExactly(
                "posture.json, exercise 'chin-tuck', field 'cues': no es text",
                "posture.json, exercise 'wall-stand', field 'name': no es text",
                "posture.json, exercise 'wall-stand', field 'instructions': no es text",
                "posture.json, exercise 'wall-stand', field 'cues': no es text",
                "posture.json, exercise 'wall-stand', field 'precautions': no es text");
        assertThat(catalog.languagesMissing("wall-stand")).containsExactly("es");
        // the patient reads the English where the Spanish is missing, never an empty line
        Exercise chinTuck = catalog.find("chin-tuck").orElseThrow();
        assertThat(catalog.text(chinTuck, "es").cues()).isEqualTo(chinTuck.cues());
    }

    @Test
    void aListTranslatedOnlyInPartCountsAsMissingAndKeepsItsEnglish() {
        folder.file("translations/es/posture.json", """
                {"wall-stand": {"name": "De pie contra la pared", "instructions": ["Siéntese erguido."],
                                "cues": ["Póngase erguido."], "precautions": ["Pare si sube el dolor."]}}""");
        Catalog catalog = loader.load(folder.location());

        assertThat(catalog.missingTranslations()).extracting(MissingTranslation::toString)
                .contains("posture.json, exercise 'wall-stand', field 'cues': no es text");
        assertThat(catalog.text(catalog.find("wall-stand").orElseThrow(), "es").cues())
                .containsExactly("Stand tall.", "Breathe.");
    }

    @Test
    void aTranslationOfAnExerciseTheCatalogLacksStopsStartUpNamingIt() {
        folder.file("translations/es/posture.json", """
                {"chin-tuk": {"name": "Meter la barbilla"}}""");

        assertThatThrownBy(() -> loader.load(folder.location())).isInstanceOf(InvalidCatalogException.class)
                .satisfies(e -> assertThat(((InvalidCatalogException) e).problems()).singleElement()
                        .hasToString("translations/es/posture.json, exercise 'chin-tuk': translates an exercise "
                                + "that is not in the catalog"));
    }

    @Test
    void aMisspelledFieldInATranslationIsRefusedRatherThanIgnored() {
        folder.file("translations/es/posture.json", """
                {"chin-tuck": {"nombre": "Meter la barbilla"}}""");

        assertThatThrownBy(() -> loader.load(folder.location())).isInstanceOf(InvalidCatalogException.class)
                .satisfies(e -> assertThat(((InvalidCatalogException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo("translations/es/posture.json");
                            assertThat(p.item()).isEqualTo("exercise 'chin-tuck'");
                            assertThat(p.message()).contains("nombre");
                        }));
    }
}
