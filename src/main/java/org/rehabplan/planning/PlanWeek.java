package org.rehabplan.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.protocol.CategoryTarget;
import org.rehabplan.protocol.Phase;
import org.rehabplan.protocol.Restriction;

/**
 * One week of the plan as the solver sees it: when it is relative to the procedure, its phase, what is in force,
 * the highest level allowed, the phase's targets, each exercise's dose that week and which exercises are safe at all.
 * Everything per exercise is worked out once here (see {@link WeekExercise}) so that scoring only reads fields.
 */
public final class PlanWeek {

    private static final int CATEGORIES = Category.values().length;

    private final int index;
    private final LocalDate start;
    private final int weeksAfterProcedure;
    private final Phase phase;
    private final List<Restriction> activeRestrictions;
    private final int painLevelCap;
    private final PatientProfile profile;
    private final int doseRampWeeks;
    private final int[] minExercisesPerSession = new int[CATEGORIES];
    private final int[] minSessions = new int[CATEGORIES];
    private final int[] minMinutes = new int[CATEGORIES];
    private final Map<Exercise, WeekExercise> byExercise = new IdentityHashMap<>();
    /** Exercises outside the catalog the week was built with (e.g. in tests), worked out on first use. */
    private final Map<String, WeekExercise> others = new ConcurrentHashMap<>();
    private final List<Exercise> safeExercises;

    PlanWeek(int index, LocalDate start, int weeksAfterProcedure, Phase phase, List<Restriction> activeRestrictions,
             int painLevelCap, PatientProfile profile, int doseRampWeeks, List<Exercise> exercises) {
        this.index = index;
        this.start = start;
        this.weeksAfterProcedure = weeksAfterProcedure;
        this.phase = phase;
        this.activeRestrictions = List.copyOf(activeRestrictions);
        this.painLevelCap = painLevelCap;
        this.profile = profile;
        this.doseRampWeeks = doseRampWeeks;
        int sessions = profile.effectiveSessionDays().size();
        for (CategoryTarget t : phase.sessionTargets()) {
            minExercisesPerSession[t.category().ordinal()] = orZero(t.minExercises());
        }
        for (CategoryTarget t : phase.weeklyTargets()) {
            // a week can't ask for a category in more sessions than the patient has
            minSessions[t.category().ordinal()] = Math.min(orZero(t.minSessions()), sessions);
            minMinutes[t.category().ordinal()] = orZero(t.minMinutes());
        }
        List<Exercise> safe = new ArrayList<>();
        for (Exercise e : exercises) {
            WeekExercise info = describe(e);
            byExercise.put(e, info);
            if (info.safe()) {
                safe.add(e);
            }
        }
        this.safeExercises = new SafeExercises(safe);
    }

    private WeekExercise describe(Exercise e) {
        return new WeekExercise(e, this,
                DoseSchedule.prescribe(e, weeksAfterProcedure, phase, profile.painLevel(), doseRampWeeks),
                SafetyRule.brokenBy(e, this),
                DoseSchedule.step(e, weeksAfterProcedure, phase, profile.painLevel(), doseRampWeeks),
                profile.favouriteExerciseIds().contains(e.id()));
    }

    public int index() {
        return index;
    }

    public LocalDate start() {
        return start;
    }

    public int weeksAfterProcedure() {
        return weeksAfterProcedure;
    }

    public Phase phase() {
        return phase;
    }

    public List<Restriction> activeRestrictions() {
        return activeRestrictions;
    }

    /** The highest level the patient's pain allows. */
    public int painLevelCap() {
        return painLevelCap;
    }

    /** The highest level allowed this week: the phase's and the pain's, whichever is lower. */
    public int levelCap() {
        return Math.min(phase.maxLevel(), painLevelCap);
    }

    public PatientProfile profile() {
        return profile;
    }

    public Prescription prescription(Exercise exercise) {
        return of(exercise).prescription();
    }

    /** Exercises no safety rule forbids this week: the values the solver tries for this week's slots. */
    public List<Exercise> safeExercises() {
        return safeExercises;
    }

    /** The phase's minimum number of exercises of a category in each session (0 = no target). */
    int minExercisesPerSession(Category category) {
        return minExercisesPerSession[category.ordinal()];
    }

    /** The phase's minimum number of sessions this week with a category, capped by the week's sessions. */
    int minSessions(Category category) {
        return minSessions[category.ordinal()];
    }

    /** The phase's minimum minutes of a category this week (0 = no target). */
    int minMinutes(Category category) {
        return minMinutes[category.ordinal()];
    }

    /** The exercise as it stands this week: one object per exercise and week. */
    WeekExercise of(Exercise exercise) {
        WeekExercise info = byExercise.get(exercise);
        return info != null ? info : others.computeIfAbsent(exercise.id(), id -> describe(exercise));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    @Override
    public String toString() {
        return "week " + index;
    }
}
