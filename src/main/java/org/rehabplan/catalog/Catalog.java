package org.rehabplan.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The validated, immutable exercise catalog, with its exercises chained into families by their progression links. */
public final class Catalog {

    private final Map<String, Exercise> byId = new LinkedHashMap<>();
    private final List<ExerciseFamily> families = new ArrayList<>();
    private final Map<String, ExerciseFamily> familyOf = new LinkedHashMap<>();
    private final CatalogTexts texts;
    private final Map<String, Condition> conditions = new LinkedHashMap<>();

    /** A catalog whose conditions are the ones its exercises name (tests and tools). */
    public Catalog(Collection<Exercise> exercises) {
        this(exercises, CatalogTexts.none());
    }

    /** With the exercises' texts in other languages ({@link CatalogLoader} reads them beside the catalog). */
    public Catalog(Collection<Exercise> exercises, CatalogTexts texts) {
        this(exercises, texts, exercises.stream().flatMap(e -> e.contraindicatedFor().stream()).distinct()
                .map(id -> new Condition(id, id, id.toLowerCase().replace('_', ' '), id, List.of())).toList());
    }

    public Catalog(Collection<Exercise> exercises, Collection<Condition> conditions) {
        this(exercises, CatalogTexts.none(), conditions);
    }

    public Catalog(Collection<Exercise> exercises, CatalogTexts texts, Collection<Condition> conditions) {
        this.texts = texts;
        conditions.forEach(c -> this.conditions.put(c.id(), c));
        exercises.forEach(e -> byId.put(e.id(), e));
        for (Exercise e : byId.values()) {
            if (familyOf.containsKey(e.id())) {
                continue;
            }
            ExerciseFamily family = familyFrom(easiest(e));
            families.add(family);
            family.variants().forEach(v -> familyOf.put(v.id(), family));
        }
    }

    public List<Exercise> exercises() {
        return List.copyOf(byId.values());
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The conditions exercises can be contraindicated for and protocols treat, by id. */
    public Optional<Condition> condition(String id) {
        return Optional.ofNullable(conditions.get(id));
    }

    public List<Condition> conditions() {
        return List.copyOf(conditions.values());
    }

    public int size() {
        return byId.size();
    }

    /**
     * What the patient reads about an exercise in a language ("en", "es"): the translation where there is one, the
     * catalog's English for any field it lacks (the loader reported those at start-up).
     */
    public ExerciseText text(Exercise exercise, String language) {
        ExerciseText english = ExerciseText.of(exercise);
        ExerciseText translated = texts.byLanguage().getOrDefault(language, Map.of()).get(exercise.id());
        return translated == null ? english : translated.over(english);
    }

    /** The exercise's name in a language, or {@code fallback} (e.g. the name a saved plan holds) if it is gone. */
    public String name(String exerciseId, String language, String fallback) {
        return find(exerciseId).map(e -> text(e, language).name()).orElse(fallback);
    }

    /** Fields without a text in some language, by file and exercise (empty when every text is there). */
    public List<MissingTranslation> missingTranslations() {
        return texts.missing();
    }

    /** The languages an exercise lacks some text in ("es"), for the catalog browser. */
    public Set<String> languagesMissing(String exerciseId) {
        Set<String> languages = new java.util.TreeSet<>();
        texts.missing().stream().filter(m -> m.exerciseId().equals(exerciseId))
                .forEach(m -> languages.add(m.language()));
        return languages;
    }

    /** Every exercise in exactly one family, in catalog order of their first member. */
    public List<ExerciseFamily> families() {
        return List.copyOf(families);
    }

    public ExerciseFamily familyOf(Exercise exercise) {
        ExerciseFamily family = familyOf.get(exercise.id());
        return family != null ? family : new ExerciseFamily(exercise.id(), List.of(exercise));
    }

    /** Follows regressions down (links are mutual, checked at load; a visited set guards against cycles in tests). */
    private Exercise easiest(Exercise e) {
        Set<String> seen = new HashSet<>();
        Exercise current = e;
        while (current.regression() != null && byId.containsKey(current.regression()) && seen.add(current.id())) {
            current = byId.get(current.regression());
        }
        return current;
    }

    private ExerciseFamily familyFrom(Exercise easiest) {
        List<Exercise> variants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Exercise e = easiest; e != null && seen.add(e.id()) && !familyOf.containsKey(e.id());
             e = e.progression() == null ? null : byId.get(e.progression())) {
            variants.add(e);
        }
        return new ExerciseFamily(easiest.id(), variants);
    }
}
