package org.rehabplan.planning.model;

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
    /** In a week that is history (pinned whole), whether the therapist had also locked it: shown and saved as a lock. */
    private boolean lockedInHistory;

    @PlanningVariable(valueRangeProviderRefs = "safeExercises", nullable = true)
    private Exercise exercise;

    /** The exercise as it stands in this slot's week, looked up again whenever the exercise changes. */
    private WeekExercise current;

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

    public boolean isLockedInHistory() {
        return lockedInHistory;
    }

    public void setLockedInHistory(boolean lockedInHistory) {
        this.lockedInHistory = lockedInHistory;
    }

    public Exercise getExercise() {
        return exercise;
    }

    public void setExercise(Exercise exercise) {
        this.exercise = exercise;
    }

    /** Session time this slot's exercise takes at its dose this week (0 when empty). */
    public int getMinutes() {
        WeekExercise info = info();
        return info == null ? 0 : info.minutes();
    }

    /** Ordinals of the categories the exercise counts toward (none when empty). */
    public int[] targetOrdinals() {
        WeekExercise info = info();
        return info == null ? new int[0] : info.targetOrdinals();
    }

    /** Whether the exercise counts toward this category's targets. */
    public boolean countsToward(Category category) {
        return exercise != null && exercise.countsToward(category);
    }

    public boolean is(Category category) {
        return exercise != null && exercise.category() == category;
    }

    public boolean isScheduled() {
        return exercise != null;
    }

    /** This slot's exercise in its week (dose, rules it breaks...); null when empty. Read on every score update. */
    public WeekExercise info() {
        Exercise e = exercise;
        if (e == null) {
            return null;
        }
        WeekExercise info = current;
        if (info == null || info.exercise() != e) {
            // the solver sets the field directly, so the look-up follows the exercise rather than the setter
            info = session.week().of(e);
            current = info;
        }
        return info;
    }

    /** Looks the exercise up again on the next read (its dose this week was edited). */
    public void forgetInfo() {
        current = null;
    }

    /** True when the exercise breaks a safety rule in this week (only a pinned slot can). */
    public boolean isUnsafe() {
        WeekExercise info = info();
        return info != null && !info.safe();
    }

    @Override
    public String toString() {
        return id + "=" + exercise;
    }
}
