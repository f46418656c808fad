package org.rehabplan.catalog;

import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabplan.base.Numbers;
import org.rehabplan.base.i18n.Languages;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads every {@code *.json} file of a catalog folder, checks each against the catalog JSON Schema and the
 * catalog as a whole, and either returns the {@link Catalog} or throws with every problem found.
 */
public class CatalogLoader {

    static final String SCHEMA = "schema/exercise-catalog.schema.json";
    static final String TEXTS_SCHEMA = "schema/exercise-texts.schema.json";
    /** Exercise texts per language: {@code translations/es/balance.json} translates {@code balance.json}. */
    static final String TRANSLATIONS = "translations/";

    private final ObjectMapper mapper;
    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    public CatalogLoader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @param location a folder as a Spring resource location, e.g. {@code classpath:rehabplan/exercises/} */
    public Catalog load(String location) {
        String folder = location.endsWith("/") ? location : location + "/";
        Resource schema = resolver.getResource(folder + SCHEMA);
        if (!schema.exists()) {
            throw new InvalidCatalogException(List.of(new CatalogProblem(folder + SCHEMA, null, null,
                    "the catalog JSON Schema is missing")));
        }
        JsonFiles validator = new JsonFiles(mapper, schema);
        List<CatalogProblem> problems = new ArrayList<>();
        Map<String, Located> exercises = new LinkedHashMap<>();
        // ids of items that exist but are invalid: links to them are not "unknown exercise" problems
        java.util.Set<String> invalidIds = new java.util.HashSet<>();
        Resource[] files = catalogFiles(folder);
        if (files.length == 0) {
            problems.add(new CatalogProblem(folder, null, null, "no exercise files (*.json) found"));
        }
        for (Resource file : files) {
            String fileName = file.getFilename();
            JsonNode tree = validator.parse(file, fileName, problems);
            if (tree == null) {
                continue;
            }
            List<CatalogProblem> schemaProblems = validator.validate(tree, fileName, new ArrayItems("exercise"));
            problems.addAll(schemaProblems);
            if (!tree.isArray()) {
                continue;
            }
            for (int i = 0; i < tree.size(); i++) {
                String item = JsonFiles.arrayItem("exercise", tree, i);
                if (hasProblem(schemaProblems, item)) {
                    JsonNode id = tree.get(i).get("id");
                    if (id != null && id.isString()) {
                        invalidIds.add(id.asString());
                    }
                    continue; // reported already; converting it would only add noise
                }
                Exercise exercise = mapper.treeToValue(tree.get(i), Exercise.class);
                Located previous = exercises.putIfAbsent(exercise.id(), new Located(exercise, fileName, item));
                if (previous != null) {
                    problems.add(new CatalogProblem(fileName, item, "id", "duplicate id '" + exercise.id()
                            + "', already used in " + previous.file() + " " + previous.item()));
                }
            }
        }
        Map<String, Condition> conditions = conditions(folder, problems);
        checkWholeCatalog(exercises, invalidIds, problems);
        if (conditions != null) {
            checkConditions(exercises, conditions, problems);
        }
        CatalogTexts texts = readTranslations(folder, exercises, invalidIds, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(problems);
        }
        return new Catalog(exercises.values().stream().map(Located::exercise).toList(), texts, conditions.values());
    }

    /**
     * The exercise texts of every other language. A broken translation file, or one naming an exercise the catalog
     * lacks, is a problem like any other (a typo would silently lose a translation); a missing translation is not:
     * the catalog loads, the English stands in, and the gap is reported by language, file, exercise and field.
     */
    private CatalogTexts readTranslations(String folder, Map<String, Located> exercises,
                                          java.util.Set<String> invalidIds, List<CatalogProblem> problems) {
        Map<String, Map<String, ExerciseText>> byLanguage = new LinkedHashMap<>();
        List<MissingTranslation> missing = new ArrayList<>();
        for (String language : Languages.translated()) {
            Map<String, ExerciseText> texts = new LinkedHashMap<>();
            Map<String, String> fileOf = new HashMap<>();
            Resource[] files = catalogFiles(folder + TRANSLATIONS + language + "/");
            JsonFiles validator = files.length == 0 ? null : textsValidator(folder, problems);
            for (Resource file : files) {
                String fileName = TRANSLATIONS + language + "/" + file.getFilename();
                if (validator == null) {
                    break;
                }
                JsonNode tree = validator.parse(file, fileName, problems);
                if (tree == null) {
                    continue;
                }
                List<CatalogProblem> schemaProblems = validator.validate(tree, fileName, new TextItems());
                problems.addAll(schemaProblems);
                if (!schemaProblems.isEmpty() || !tree.isObject()) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> entry : tree.properties()) {
                    String id = entry.getKey();
                    String item = "exercise '" + id + "'";
                    if (!exercises.containsKey(id) && !invalidIds.contains(id)) {
                        problems.add(new CatalogProblem(fileName, item, null,
                                "translates an exercise that is not in the catalog"));
                    } else if (fileOf.putIfAbsent(id, fileName) != null) {
                        problems.add(new CatalogProblem(fileName, item, null,
                                "translated twice, already in " + fileOf.get(id)));
                    } else {
                        texts.put(id, mapper.treeToValue(entry.getValue(), ExerciseText.class));
                    }
                }
            }
            byLanguage.put(language, texts);
            for (Located located : exercises.values()) {
                missing.addAll(missingFields(language, located, texts.get(located.exercise().id())));
            }
        }
        return new CatalogTexts(byLanguage, missing);
    }

    private JsonFiles textsValidator(String folder, List<CatalogProblem> problems) {
        Resource schema = resolver.getResource(folder + TEXTS_SCHEMA);
        if (!schema.exists()) {
            problems.add(new CatalogProblem(folder + TEXTS_SCHEMA, null, null,
                    "the JSON Schema of the exercise translations is missing"));
            return null;
        }
        return new JsonFiles(mapper, schema);
    }

    private static List<MissingTranslation> missingFields(String language, Located located, ExerciseText text) {
        Exercise e = located.exercise();
        List<MissingTranslation> missing = new ArrayList<>();
        if (text == null || text.name() == null) {
            missing.add(new MissingTranslation(language, located.file(), e.id(), "name"));
        }
        if (!ExerciseText.complete(text == null ? null : text.instructions(), e.instructions())) {
            missing.add(new MissingTranslation(language, located.file(), e.id(), "instructions"));
        }
        if (!ExerciseText.complete(text == null ? null : text.cues(), e.cues())) {
            missing.add(new MissingTranslation(language, located.file(), e.id(), "cues"));
        }
        if (!ExerciseText.complete(text == null ? null : text.precautions(), e.precautions())) {
            missing.add(new MissingTranslation(language, located.file(), e.id(), "precautions"));
        }
        return missing;
    }

    static final String CONDITIONS = "conditions/conditions.json";
    static final String CONDITIONS_SCHEMA = "schema/conditions.schema.json";

    /** The known conditions, checked against their schema; null (with the problems added) when unreadable. */
    private Map<String, Condition> conditions(String folder, List<CatalogProblem> problems) {
        Resource file = resolver.getResource(folder + CONDITIONS);
        Resource schema = resolver.getResource(folder + CONDITIONS_SCHEMA);
        if (!file.exists() || !schema.exists()) {
            problems.add(new CatalogProblem(folder + (file.exists() ? CONDITIONS_SCHEMA : CONDITIONS), null, null,
                    "is missing: it lists the conditions exercises can be contraindicated for"));
            return null;
        }
        JsonFiles files = new JsonFiles(mapper, schema);
        JsonNode tree = files.parse(file, CONDITIONS, problems);
        if (tree == null) {
            return null;
        }
        List<CatalogProblem> schemaProblems = files.validate(tree, CONDITIONS, new ArrayItems("condition"));
        problems.addAll(schemaProblems);
        if (!schemaProblems.isEmpty()) {
            return null;
        }
        Map<String, Condition> byId = new LinkedHashMap<>();
        for (int i = 0; i < tree.size(); i++) {
            Condition c = mapper.treeToValue(tree.get(i), Condition.class);
            if (byId.putIfAbsent(c.id(), c) != null) {
                problems.add(new CatalogProblem(CONDITIONS, JsonFiles.arrayItem("condition", tree, i), "id",
                        "duplicate condition id '" + c.id() + "'"));
            }
        }
        return byId;
    }

    /** Every contraindication names a known condition (a typo would silently contraindicate nothing). */
    private static void checkConditions(Map<String, Located> exercises, Map<String, Condition> conditions,
                                        List<CatalogProblem> problems) {
        for (Located located : exercises.values()) {
            List<String> named = List.copyOf(located.exercise().contraindicatedFor());
            for (String id : new java.util.TreeSet<>(named)) {
                if (!conditions.containsKey(id)) {
                    problems.add(new CatalogProblem(located.file(), located.item(), "contraindicatedFor",
                            "names condition '" + id + "', which is not in " + CONDITIONS + " (known: "
                                    + conditions.keySet() + ")"));
                }
            }
        }
    }

    private Resource[] catalogFiles(String folder) {
        try {
            Resource[] files = resolver.getResources(folder + "*.json");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list catalog files in " + folder, e);
        }
    }

    private static boolean hasProblem(List<CatalogProblem> problems, String item) {
        return problems.stream().anyMatch(p -> item.equals(p.item()));
    }

    /** Rules a schema cannot express: links between exercises and ordered ranges. */
    private static void checkWholeCatalog(Map<String, Located> exercises, java.util.Set<String> invalidIds,
                                          List<CatalogProblem> problems) {
        Map<String, Exercise> byId = new HashMap<>();
        exercises.forEach((id, located) -> byId.put(id, located.exercise()));
        for (Located located : exercises.values()) {
            Exercise e = located.exercise();
            checkLink(located, "progression", e.progression(), byId, invalidIds, problems);
            checkLink(located, "regression", e.regression(), byId, invalidIds, problems);
            checkMutualLinks(located, byId, problems);
            checkLevelStep(located, byId, problems);
            Dose dose = e.dose();
            if (dose != null) {
                checkRange(located, "dose.sets", dose.sets(), problems);
                checkRange(located, "dose.reps", dose.reps(), problems);
                checkRange(located, "dose.holdSeconds", dose.holdSeconds(), problems);
                checkRange(located, "dose.minutes", dose.minutes(), problems);
                checkTiming(located, problems);
            }
        }
        checkCycles(exercises, byId, problems);
    }

    /**
     * Progression and regression links go both ways (A's progression is B exactly when B's regression is A), so that
     * they chain exercises into families a plan can climb one step at a time.
     */
    private static void checkMutualLinks(Located located, Map<String, Exercise> byId, List<CatalogProblem> problems) {
        Exercise e = located.exercise();
        Exercise harder = e.progression() == null ? null : byId.get(e.progression());
        if (harder != null && !e.id().equals(harder.regression())) {
            problems.add(new CatalogProblem(located.file(), located.item(), "progression", "leads to '" + harder.id()
                    + "', whose regression is " + quoted(harder.regression()) + " instead of '" + e.id() + "'"));
        }
        Exercise easier = e.regression() == null ? null : byId.get(e.regression());
        if (easier != null && !e.id().equals(easier.progression())) {
            problems.add(new CatalogProblem(located.file(), located.item(), "regression", "leads to '" + easier.id()
                    + "', whose progression is " + quoted(easier.progression()) + " instead of '" + e.id() + "'"));
        }
    }

    /**
     * A family is climbed one variant at a time and only to a variant at most one level harder, so a progression
     * that is easier, or more than one level harder, would stall the climb.
     */
    private static void checkLevelStep(Located located, Map<String, Exercise> byId, List<CatalogProblem> problems) {
        Exercise e = located.exercise();
        Exercise harder = e.progression() == null ? null : byId.get(e.progression());
        if (harder != null && (harder.level() < e.level() || harder.level() > e.level() + 1)) {
            problems.add(new CatalogProblem(located.file(), located.item(), "progression", "leads from level "
                    + e.level() + " to '" + harder.id() + "' at level " + harder.level()
                    + "; a progression is the same level or one level harder"));
        }
    }

    /** Following progressions from any exercise must end: a loop would make a family without an easiest variant. */
    private static void checkCycles(Map<String, Located> exercises, Map<String, Exercise> byId,
                                    List<CatalogProblem> problems) {
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (Located located : exercises.values()) {
            List<String> path = new ArrayList<>();
            Exercise current = located.exercise();
            while (current != null && !path.contains(current.id())) {
                path.add(current.id());
                current = current.progression() == null ? null : byId.get(current.progression());
            }
            if (current != null && current.id().equals(located.exercise().id()) && reported.add(current.id())) {
                reported.addAll(path);
                problems.add(new CatalogProblem(located.file(), located.item(), "progression",
                        "progressions loop back to the exercise itself: " + String.join(" -> ", path) + " -> "
                                + current.id()));
            }
        }
    }

    /**
     * A dose is either timed (minutes only) or counted (repetitions, with optional sets and hold); a counted dose
     * needs the seconds a repetition takes, and more than one set needs the rest between sets, so its time follows.
     */
    private static void checkTiming(Located located, List<CatalogProblem> problems) {
        Exercise e = located.exercise();
        Dose dose = e.dose();
        if (dose.minutes() != null && (dose.reps() != null || dose.sets() != null || dose.holdSeconds() != null)) {
            problems.add(new CatalogProblem(located.file(), located.item(), "dose",
                    "a timed dose (minutes) cannot also have sets, reps or holdSeconds"));
        }
        if (dose.minutes() == null && dose.reps() == null) {
            problems.add(new CatalogProblem(located.file(), located.item(), "dose",
                    "needs either minutes (timed) or reps (counted)"));
        }
        if (dose.reps() != null && e.tempoSeconds() == null) {
            problems.add(new CatalogProblem(located.file(), located.item(), "tempoSeconds",
                    "is required when the dose counts repetitions (seconds one repetition takes)"));
        }
        if (dose.sets() != null && dose.sets().max() > 1 && e.restSeconds() == null) {
            problems.add(new CatalogProblem(located.file(), located.item(), "restSeconds",
                    "is required when the dose can have more than one set (rest between sets)"));
        }
    }

    private static String quoted(String id) {
        return id == null ? "empty" : "'" + id + "'";
    }

    private static void checkLink(Located located, String field, String target, Map<String, Exercise> byId,
                                  java.util.Set<String> invalidIds, List<CatalogProblem> problems) {
        if (target == null || invalidIds.contains(target)) {
            return;
        }
        if (!byId.containsKey(target)) {
            problems.add(new CatalogProblem(located.file(), located.item(), field,
                    "refers to exercise '" + target + "', which is not in the catalog"));
        } else if (target.equals(located.exercise().id())) {
            problems.add(new CatalogProblem(located.file(), located.item(), field, "refers to the exercise itself"));
        }
    }

    private static void checkRange(Located located, String field, DoseRange range, List<CatalogProblem> problems) {
        if (range != null && range.min() > range.max()) {
            problems.add(new CatalogProblem(located.file(), located.item(), field,
                    "minimum " + Numbers.plain(range.min()) + " is greater than maximum " + Numbers.plain(range.max())));
        }
    }

    private record Located(Exercise exercise, String file, String item) {
    }

    /** Names items of a translation file, an object keyed by exercise id: "exercise 'bridge'". */
    record TextItems() implements JsonFiles.ItemNamer {
        @Override
        public String name(JsonNode tree, NodePath path) {
            if (path.getNameCount() == 0 || !(path.getElement(0) instanceof String id)) {
                return null;
            }
            return "exercise '" + id + "'";
        }

        @Override
        public String field(NodePath path, String property) {
            return JsonFiles.fieldBelow(path, 1, property);
        }
    }

    /** Names items of a top-level array: "exercise 'bridge' (item 4)". */
    record ArrayItems(String noun) implements JsonFiles.ItemNamer {
        @Override
        public String name(JsonNode tree, NodePath path) {
            if (path.getNameCount() == 0 || !(path.getElement(0) instanceof Integer index)) {
                return null;
            }
            return JsonFiles.arrayItem(noun, tree, index);
        }

        @Override
        public String field(NodePath path, String property) {
            return JsonFiles.fieldBelow(path, 1, property);
        }
    }
}
