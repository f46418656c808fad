package org.rehabplan.planning.model;

import java.util.AbstractList;
import java.util.HashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import org.rehabplan.catalog.Exercise;

/**
 * An immutable list of exercises whose {@code contains} is a constant-time look-up by id (ids are unique in the
 * catalog): the solver asks it of a slot's value range for every swap move it considers, and a linear scan with record
 * equality was measurable.
 */
final class SafeExercises extends AbstractList<Exercise> implements RandomAccess {

    private final Exercise[] exercises;
    private final Set<String> ids = new HashSet<>();

    SafeExercises(List<Exercise> exercises) {
        this.exercises = exercises.toArray(Exercise[]::new);
        exercises.forEach(e -> ids.add(e.id()));
    }

    @Override
    public Exercise get(int index) {
        return exercises[index];
    }

    @Override
    public int size() {
        return exercises.length;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Exercise e && ids.contains(e.id());
    }
}
