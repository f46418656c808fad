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
    private final Map<String, Condition> conditions = new LinkedHashMap<>();

    /** A catalog whose conditions are the ones its exercises name (tests and tools). */
    public Catalog(Collection<Exercise> exercises) {
        this(exercises, exercises.stream().flatMap(e -> e.contraindicatedFor().stream()).distinct()
                .map(id -> new Condition(id, id, id.toLowerCase().replace('_', ' '), id, List.of())).toList());
    }

    public Catalog(Collection<Exercise> exercises, Collection<Condition> conditions) {
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
