package org.rehabplan.planning;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Exercise;

/**
 * One place for an exercise in a session. The solver picks its exercise from those safe in its week, or leaves it
 * empty so the session fits its time. Pinned slots (locked by the therapist, or weeks already done) keep theirs.
 */
@PlanningEntity
public class Slot {

    @PlanningId
    private String id;
    private Session session;
    private int position;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "safeExercises", nullable = true)
    private Exercise exercise;

    Slot() {
    }

    public Slot(Session session, int position, Exercise exercise, boolean pinned) {
        this.id = session.id() + "-" + position;
        this.session = session;
        this.position = position;
        this.exercise = exercise;
        this.pinned = pinned;
    }

    @ValueRangeProvider(id = "safeExercises")
    public List<Exercise> getSafeExercises() {
        return session.week().safeExercises();
    }

    public String getId() {
        return id;
    }

    public Session getSession() {
        return session;
    }

    public PlanWeek getWeek() {
        return session.week();
    }

    public int getPosition() {
        return position;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Exercise getExercise() {
        return exercise;
    }

    public void setExercise(Exercise exercise) {
        this.exercise = exercise;
    }

    /** Session time this slot's exercise takes at its dose this week (0 when empty). */
    public int getMinutes() {
        return exercise == null ? 0 : session.week().prescription(exercise).durationMinutes();
    }

    public boolean is(Category category) {
        return exercise != null && exercise.category() == category;
    }

    @Override
    public String toString() {
        return id + "=" + exercise;
    }
}
