package org.rehabplan.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The validated, immutable exercise catalog. */
public final class Catalog {

    private final Map<String, Exercise> byId = new LinkedHashMap<>();

    public Catalog(Collection<Exercise> exercises) {
        exercises.forEach(e -> byId.put(e.id(), e));
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

    public int size() {
        return byId.size();
    }
}
