package org.rehabplan.planning.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.Slot;

/**
 * Puts new exercises into several slots at once (see {@link RoutineMoves}): one step of the search can then change a
 * routine in every session of one or more weeks, where single-slot changes would each be uphill.
 */
final class RoutineMove extends AbstractMove<ExercisePlan> {

    private final List<Slot> slots;
    private final List<Exercise> exercises;
    private final String description;

    RoutineMove(List<Slot> slots, List<Exercise> exercises, String description) {
        this.slots = slots;
        this.exercises = exercises;
        this.description = description;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<ExercisePlan> director) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).getExercise() != exercises.get(i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected AbstractMove<ExercisePlan> createUndoMove(ScoreDirector<ExercisePlan> director) {
        List<Exercise> before = new ArrayList<>(slots.size());
        slots.forEach(slot -> before.add(slot.getExercise()));
        return new RoutineMove(slots, before, "undo " + description);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<ExercisePlan> director) {
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            director.beforeVariableChanged(slot, "exercise");
            slot.setExercise(exercises.get(i));
            director.afterVariableChanged(slot, "exercise");
        }
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return slots;
    }

    @Override
    public Collection<?> getPlanningValues() {
        return exercises;
    }

    @Override
    public String toString() {
        return description;
    }
}
