package org.rehabplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabplan.catalog.CatalogFolder.array;
import static org.rehabplan.catalog.CatalogFolder.exercise;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class CatalogLoaderTest {

    @TempDir
    Path dir;

    private CatalogFolder folder;
    private final CatalogLoader loader = new CatalogLoader(JsonMapper.builder().findAndAddModules().build());

    @BeforeEach
    void setUp() {
        folder = new CatalogFolder(dir);
    }

    private List<CatalogProblem> problemsOf(String file, String json) {
        folder.file(file, json);
        try {
            loader.load(folder.location());
        } catch (InvalidCatalogException e) {
            return e.problems();
        }
        throw new AssertionError("the catalog was accepted");
    }

    @Test
    void theShippedCatalogIsValidAndCoversEveryCategory() {
        Catalog catalog = loader.load("file:exercises/");
        assertThat(catalog.size()).isGreaterThanOrEqualTo(60);
        Map<Category, Integer> perCategory = new EnumMap<>(Category.class);
        catalog.exercises().forEach(e -> perCategory.merge(e.category(), 1, Integer::sum));
        assertThat(perCategory.keySet()).containsExactlyInAnyOrder(Category.values());
        assertThat(catalog.exercises().stream().filter(Exercise::isContraindicated).count())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void aValidFileLoadsWithAllItsFields() {
        folder.file("a.json", array(exercise("chin-tuck", "\"progression\": \"wall-stand\""),
                exercise("wall-stand", "\"position\": \"STANDING\"", "\"equipment\": [\"WALL\"]",
                        "\"regression\": \"chin-tuck\"", "\"dose\": {\"reps\": [2, 3], \"holdSeconds\": [30, 60]}")));
        Catalog catalog = loader.load(folder.location());
        Exercise wallStand = catalog.find("wall-stand").orElseThrow();
        assertThat(wallStand.position()).isEqualTo(Position.STANDING);
        assertThat(wallStand.equipment()).containsExactly(Equipment.WALL);
        assertThat(wallStand.dose().holdSeconds()).isEqualTo(new DoseRange(30, 60));
        assertThat(catalog.find("chin-tuck").orElseThrow().progression()).isEqualTo("wall-stand");
    }

    @Test
    void malformedJsonNamesTheFileAndLine() {
        List<CatalogProblem> problems = problemsOf("broken.json", "[\n{\"id\": \"x\",,}\n]");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.json");
            assertThat(p.message()).contains("not valid JSON").contains("line 2");
        });
    }

    @Test
    void unknownEnumValueNamesExerciseAndField() {
        List<CatalogProblem> problems = problemsOf("a.json", array(exercise("chin-tuck", "\"category\": \"YOGA\"")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.item()).isEqualTo("exercise 'chin-tuck' (item 1)");
            assertThat(p.field()).isEqualTo("category");
            assertThat(p.message()).contains("YOGA");
        });
    }

    @Test
    void unknownMovementInsideAnArrayNamesTheArrayElement() {
        List<CatalogProblem> problems = problemsOf("a.json",
                array(exercise("chin-tuck", "\"movements\": [\"SPINAL_EXTENSION\", \"SOMERSAULT\"]")));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("movements[1]"));
    }

    @Test
    void missingRequiredFieldIsNamed() {
        List<CatalogProblem> problems = problemsOf("a.json", array(exercise("chin-tuck", "\"sources\": REMOVE")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("sources");
            assertThat(p.message()).contains("required");
        });
    }

    @Test
    void levelOutsideOneToFiveIsRefused() {
        List<CatalogProblem> problems = problemsOf("a.json", array(exercise("chin-tuck", "\"level\": 7")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("level");
            assertThat(p.message()).contains("5").contains("found 7");
        });
    }

    @Test
    void negativeLoadIsRefused() {
        List<CatalogProblem> problems = problemsOf("a.json", array(exercise("chin-tuck", "\"externalLoadKg\": -1")));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("externalLoadKg"));
    }

    @Test
    void wrongTypeIsRefused() {
        List<CatalogProblem> problems = problemsOf("a.json", array(exercise("chin-tuck", "\"tempoSeconds\": \"three\"")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("tempoSeconds");
            assertThat(p.message()).contains("number");
        });
    }

    @Test
    void idThatIsNotKebabCaseIsRefused() {
        List<CatalogProblem> problems = problemsOf("a.json", array(exercise("Chin Tuck")));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("id"));
    }

    @Test
    void misspelledFieldIsRefusedRatherThanIgnored() {
        List<CatalogProblem> problems = problemsOf("a.json", array(exercise("chin-tuck", "\"minuts\": 3")));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("minuts"));
    }

    @Test
    void doseRangeWithMinimumAboveMaximumIsRefused() {
        List<CatalogProblem> problems = problemsOf("a.json",
                array(exercise("chin-tuck", "\"dose\": {\"reps\": [12, 8]}")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("dose.reps");
            assertThat(p.message()).isEqualTo("minimum 12 is greater than maximum 8");
        });
    }

    @Test
    void duplicateIdAcrossFilesNamesBothFiles() {
        folder.file("a.json", array(exercise("chin-tuck")));
        List<CatalogProblem> problems = problemsOf("b.json", array(exercise("chin-tuck")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("b.json");
            assertThat(p.message()).contains("duplicate id 'chin-tuck'").contains("a.json");
        });
    }

    @Test
    void progressionToAnUnknownExerciseIsRefused() {
        List<CatalogProblem> problems = problemsOf("a.json",
                array(exercise("chin-tuck", "\"progression\": \"no-such-thing\"")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("progression");
            assertThat(p.message()).contains("'no-such-thing'").contains("not in the catalog");
        });
    }

    @Test
    void regressionToAnUnknownExerciseIsRefused() {
        List<CatalogProblem> problems = problemsOf("a.json",
                array(exercise("chin-tuck", "\"regression\": \"no-such-thing\"")));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("regression"));
    }

    @Test
    void aLinkToAnExerciseThatIsPresentButInvalidReportsOnlyTheInvalidField() {
        List<CatalogProblem> problems = problemsOf("a.json", array(
                exercise("chin-tuck", "\"level\": 9"),
                exercise("wall-stand", "\"regression\": \"chin-tuck\"")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.item()).isEqualTo("exercise 'chin-tuck' (item 1)");
            assertThat(p.field()).isEqualTo("level");
        });
    }

    @Test
    void aTimedDoseThatAlsoCountsRepetitionsIsRefused() {
        List<CatalogProblem> problems = problemsOf("a.json",
                array(exercise("walk", "\"dose\": {\"minutes\": [5, 30], \"reps\": [8, 12]}")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("dose");
            assertThat(p.message()).contains("timed dose").contains("cannot also have");
        });
    }

    @Test
    void aDoseWithNeitherMinutesNorRepetitionsIsRefused() {
        List<CatalogProblem> problems = problemsOf("a.json",
                array(exercise("hold", "\"dose\": {\"holdSeconds\": [10, 30]}")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("dose");
            assertThat(p.message()).contains("either minutes").contains("or reps");
        });
    }

    @Test
    void aCountedDoseWithoutSecondsPerRepetitionIsRefused() {
        List<CatalogProblem> problems = problemsOf("a.json", array(exercise("bridge", "\"tempoSeconds\": REMOVE")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.item()).isEqualTo("exercise 'bridge' (item 1)");
            assertThat(p.field()).isEqualTo("tempoSeconds");
            assertThat(p.message()).contains("required");
        });
    }

    @Test
    void severalSetsWithoutRestBetweenThemAreRefused() {
        List<CatalogProblem> problems = problemsOf("a.json", array(exercise("bridge", "\"restSeconds\": REMOVE")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("restSeconds");
            assertThat(p.message()).contains("more than one set");
        });
    }

    @Test
    void aSingleSetNeedsNoRestAndATimedDoseNeedsNoTempo() {
        folder.file("a.json", array(
                exercise("wall-stand", "\"restSeconds\": REMOVE", "\"dose\": {\"reps\": [3, 5], \"holdSeconds\": [20, 40]}"),
                exercise("walk", "\"tempoSeconds\": REMOVE", "\"restSeconds\": REMOVE", "\"dose\": {\"minutes\": [5, 30]}")));
        Catalog catalog = loader.load(folder.location());
        assertThat(catalog.find("wall-stand").orElseThrow().minutes()).isEqualTo(1); // 3 x (3 s + 20 s hold) = 69 s
        assertThat(catalog.find("walk").orElseThrow().minutes()).isEqualTo(5);
    }

    @Test
    void aProgressionThatIsNotAnsweredByARegressionNamesBothExercises() {
        List<CatalogProblem> problems = problemsOf("a.json", array(
                exercise("sit-to-stand", "\"progression\": \"mini-squat\""),
                exercise("mini-squat")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.item()).isEqualTo("exercise 'sit-to-stand' (item 1)");
            assertThat(p.field()).isEqualTo("progression");
            assertThat(p.message()).contains("'mini-squat'").contains("'sit-to-stand'");
        });
    }

    @Test
    void aRegressionThatIsNotAnsweredByAProgressionNamesBothExercises() {
        List<CatalogProblem> problems = problemsOf("a.json", array(
                exercise("walking", "\"progression\": \"brisk-walking\""),
                exercise("brisk-walking", "\"regression\": \"walking\""),
                exercise("seated-marching"),
                exercise("stair-walking", "\"regression\": \"seated-marching\"")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.item()).isEqualTo("exercise 'stair-walking' (item 4)");
            assertThat(p.field()).isEqualTo("regression");
            assertThat(p.message()).contains("'seated-marching'").contains("'stair-walking'");
        });
    }

    @Test
    void aProgressionMoreThanOneLevelHarderIsRefused() {
        List<CatalogProblem> problems = problemsOf("a.json", array(
                exercise("walking", "\"progression\": \"brisk-walking\""),
                exercise("brisk-walking", "\"level\": 3", "\"regression\": \"walking\"")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.item()).isEqualTo("exercise 'walking' (item 1)");
            assertThat(p.field()).isEqualTo("progression");
            assertThat(p.message()).contains("level 1").contains("'brisk-walking' at level 3");
        });
    }

    @Test
    void aProgressionToAnEasierLevelIsRefused() {
        List<CatalogProblem> problems = problemsOf("a.json", array(
                exercise("bridge", "\"level\": 2", "\"progression\": \"glute-sets\""),
                exercise("glute-sets", "\"regression\": \"bridge\"")));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("'glute-sets' at level 1"));
    }

    @Test
    void progressionsThatLoopAreRefusedOnce() {
        List<CatalogProblem> problems = problemsOf("a.json", array(
                exercise("a", "\"progression\": \"b\"", "\"regression\": \"c\""),
                exercise("b", "\"progression\": \"c\"", "\"regression\": \"a\""),
                exercise("c", "\"progression\": \"a\"", "\"regression\": \"b\"")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("progression");
            assertThat(p.message()).contains("loop").contains("a -> b -> c -> a");
        });
    }

    @Test
    void anUnknownContraindicationConditionIsRefused() {
        List<CatalogProblem> problems = problemsOf("a.json",
                array(exercise("sit-up", "\"contraindicatedFor\": [\"VERTEBRAL_FRACTURE\", \"BROKEN_HEART\"]")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("contraindicatedFor");
            assertThat(p.message()).contains("BROKEN_HEART").contains("conditions/conditions.json");
        });
    }

    @Test
    void contraindicationsAreReadAsConditions() {
        folder.file("a.json", array(exercise("sit-up", "\"contraindicatedFor\": [\"VERTEBRAL_FRACTURE\", \"OSTEOPOROSIS\"]")));
        Exercise sitUp = loader.load(folder.location()).find("sit-up").orElseThrow();
        assertThat(sitUp.contraindicatedFor()).containsExactlyInAnyOrder("VERTEBRAL_FRACTURE", "OSTEOPOROSIS");
        assertThat(sitUp.isContraindicatedFor(java.util.Set.of("OSTEOPOROSIS"))).isTrue();
        assertThat(loader.load(folder.location()).condition("VERTEBRAL_FRACTURE").orElseThrow().phrase())
                .isEqualTo("a vertebral fracture");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        folder.file("a.json", array(exercise("one", "\"level\": 0"), exercise("two", "\"position\": \"UPSIDE_DOWN\"")));
        List<CatalogProblem> problems = problemsOf("b.json", array(exercise("three", "\"regression\": \"gone\"")));
        assertThat(problems).extracting(CatalogProblem::field)
                .containsExactlyInAnyOrder("level", "position", "regression");
    }

    @Test
    void theExceptionMessageListsFileItemFieldAndProblem() {
        folder.file("core.json", array(exercise("bridge", "\"level\": 9")));
        assertThatThrownBy(() -> loader.load(folder.location()))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("core.json, exercise 'bridge' (item 1), field 'level':");
    }

    @Test
    void anEmptyFolderIsRefused() {
        assertThatThrownBy(() -> loader.load(folder.location()))
                .hasMessageContaining("no exercise files");
    }

    @Test
    void everyCategoryEnumValueIsAllowedByTheSchema() {
        String[] exercises = Arrays.stream(Category.values())
                .map(c -> exercise(c.name().toLowerCase().replace('_', '-'), "\"category\": \"" + c + "\""))
                .toArray(String[]::new);
        folder.file("all.json", array(exercises));
        assertThat(loader.load(folder.location()).size()).isEqualTo(Category.values().length);
    }
}
