package org.rehabplan.planning.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.ExerciseFamily;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.EditedDose;
import org.rehabplan.protocol.CategoryTarget;
import org.rehabplan.protocol.Phase;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.Restriction;

/**
 * One week of the plan as the solver sees it: when it is relative to the anchor event, its phase, the profile in
 * force that week (pain can change at a follow-up visit), the restrictions in force, the highest level allowed, the
 * phase's targets, and where each exercise family stands on its progression ladder that week. The solver may choose
 * each family's current variant at its current dose; everything per exercise is worked out once here (see
 * {@link WeekExercise}) so that scoring only reads fields.
 */
public final class PlanWeek {

    private static final int CATEGORIES = Category.values().length;

    private final int index;
    private final LocalDate start;
    private final int weeksAfterProcedure;
    private final Phase phase;
    private final List<Restriction> activeRestrictions;
    private final Protocol protocol;
    private final PatientProfile profile;
    private final Catalog catalog;
    private final java.util.function.Function<Exercise, List<Prescription>> doseSteps;
    private final int[] minExercisesPerSession = new int[CATEGORIES];
    private final int[] minSessions = new int[CATEGORIES];
    private final int[] minMinutes = new int[CATEGORIES];
    private final Set<Category> targeted = EnumSet.noneOf(Category.class);
    private final Map<Exercise, Integer> broken = new IdentityHashMap<>();
    private final Map<Exercise, WeekExercise> byExercise = new IdentityHashMap<>();
    /** Exercises outside the catalog the week was built with (e.g. in tests), worked out on first use. */
    private final Map<String, WeekExercise> others = new ConcurrentHashMap<>();
    private List<Exercise> safeExercises = List.of();
    private Map<String, LadderStep> ladder = Map.of();
    /** Doses the therapist set by hand this week, by exercise id: they replace the progression's dose. */
    private final Map<String, Prescription> editedDoses = new java.util.HashMap<>();
    private PlanWeek next;
    private boolean done;
    /** Key families (e.g. sit-to-stand) wanted this week and in how many sessions, where one of them is safe. */
    private Map<String, Integer> keyFamilies = Map.of();
    private List<String> keyOrder = List.of();

    public PlanWeek(int index, LocalDate start, int weeksAfterProcedure, Phase phase, List<Restriction> activeRestrictions,
             Protocol protocol, PatientProfile profile, Catalog catalog,
             java.util.function.Function<Exercise, List<Prescription>> doseSteps) {
        this.index = index;
        this.start = start;
        this.weeksAfterProcedure = weeksAfterProcedure;
        this.phase = phase;
        this.activeRestrictions = List.copyOf(activeRestrictions);
        this.protocol = protocol;
        this.profile = profile;
        this.catalog = catalog;
        this.doseSteps = doseSteps;
        int sessions = profile.effectiveSessionDays().size();
        for (CategoryTarget t : phase.sessionTargets()) {
            minExercisesPerSession[t.category().ordinal()] = orZero(t.minExercises());
            targeted.add(t.category());
        }
        for (CategoryTarget t : phase.weeklyTargets()) {
            // a week can't ask for a category in more sessions than the patient has
            minSessions[t.category().ordinal()] = Math.min(orZero(t.minSessions()), sessions);
            minMinutes[t.category().ordinal()] = orZero(t.minMinutes());
            targeted.add(t.category());
        }
        for (Exercise e : catalog.exercises()) {
            broken.put(e, SafetyRule.brokenBy(e, this));
        }
    }

    /**
     * Places the families on their ladder for this week (see {@link ProgressionLadder}): their current variants at
     * their current doses become the exercises the solver may choose.
     */
    void assign(Map<String, LadderStep> steps) {
        this.ladder = Map.copyOf(steps);
        this.stepBackMask = -1;
        List<Exercise> safe = new ArrayList<>();
        for (Exercise e : catalog.exercises()) {
            WeekExercise info = describe(e);
            byExercise.put(e, info);
            if (info.safe() && info.onLadder() && !walkingOutsideSessions(e)) {
                safe.add(e);
            }
        }
        this.safeExercises = new SafeExercises(safe);
        int sessions = profile.effectiveSessionDays().size();
        Map<String, Integer> keys = new java.util.LinkedHashMap<>();
        for (org.rehabplan.protocol.KeyExercise key : protocol.keyExercises()) {
            LadderStep step = ladder.get(key.family());
            if (key.fromWeek() <= weeksAfterProcedure && step != null && safe.contains(step.exercise())) {
                keys.put(key.family(), Math.min(key.minSessions(), sessions));
            }
        }
        this.keyFamilies = java.util.Collections.unmodifiableMap(keys);
        this.keyOrder = List.copyOf(keys.keySet());
    }

    /** Key families wanted this week (by family id, in protocol order) and the sessions each is wanted in. */
    public Map<String, Integer> keyFamilies() {
        return keyFamilies;
    }

    /** The family's place among this week's key families, or -1 when it is not one. */
    public int keyIndex(String family) {
        return keyOrder.indexOf(family);
    }

    /**
     * Walking is planned as each session's warm-up and as the daily walk (homework), not as one of the session's
     * exercises, which are kept for strength, balance and posture work.
     */
    private static boolean walkingOutsideSessions(Exercise e) {
        return e.category() == Category.AEROBIC && e.isTimed();
    }

    private WeekExercise describe(Exercise e) {
        ExerciseFamily family = catalog.familyOf(e);
        LadderStep step = ladder.get(family.id());
        boolean current = step != null && step.exercise().id().equals(e.id());
        Prescription dose = editedDoses.getOrDefault(e.id(), plannedDose(e, family, step, current));
        int rules = rulesBrokenBy(e);
        return new WeekExercise(e, this, dose, rules, current ? step.step() : 0, current, family.id(),
                profile.favouriteExerciseIds().contains(e.id()));
    }

    private Prescription plannedDose(Exercise e, ExerciseFamily family, LadderStep step, boolean current) {
        return current ? step.dose() : offLadderDose(e, family, step);
    }

    /** The dose the progression plans for the exercise this week, whatever the therapist set by hand. */
    public Prescription plannedDose(Exercise e) {
        ExerciseFamily family = catalog.familyOf(e);
        LadderStep step = ladder.get(family.id());
        return plannedDose(e, family, step, step != null && step.exercise().id().equals(e.id()));
    }

    /**
     * Sets the exercise's dose this week by hand (null: back to the progression's dose). Refused outside the
     * exercise's catalog ranges. Slots holding the exercise must forget what they looked up ({@link Slot#forgetInfo}).
     */
    public void editDose(Exercise e, EditedDose dose) {
        if (dose == null) {
            editedDoses.remove(e.id());
        } else {
            if (!dose.within(e)) {
                throw new IllegalArgumentException("The dose " + dose + " is outside the range of '" + e.id() + "'");
            }
            editedDoses.put(e.id(), Prescription.of(dose, e));
        }
        if (byExercise.containsKey(e)) {
            byExercise.put(e, describe(e));
        }
        others.remove(e.id());
    }

    /** Whether the therapist set the exercise's dose this week by hand. */
    public boolean doseEdited(Exercise e) {
        return editedDoses.containsKey(e.id());
    }

    /**
     * Whether the pain in force this week holds doses where the progression put them (the protocol's pain cap): a
     * dose set by hand may then go down, not up.
     */
    public boolean painHoldsDoses() {
        return doseStepEveryWeeks() == 0;
    }

    /**
     * The dose of a variant the ladder is not on this week (kept by a therapist's lock or a past week): the top of its
     * range when the family has moved past it, otherwise its starting dose.
     */
    private Prescription offLadderDose(Exercise e, ExerciseFamily family, LadderStep step) {
        List<Prescription> doses = doseSteps.apply(e);
        boolean passed = step != null && family.indexOf(step.exercise()) > family.indexOf(e);
        return passed ? doses.getLast() : doses.getFirst();
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

    public Protocol protocol() {
        return protocol;
    }

    public List<Restriction> activeRestrictions() {
        return activeRestrictions;
    }

    /** The conditions the patient's protocol treats: exercises contraindicated for one of them are never safe. */
    public Set<String> conditions() {
        return protocol.conditions();
    }

    /** "a vertebral fracture": a condition id in words, from the catalog's conditions. */
    String conditionPhrase(String conditionId) {
        return catalog.condition(conditionId).map(org.rehabplan.catalog.Condition::phrase).orElse(conditionId);
    }

    /** The highest level the patient's pain allows this week. */
    public int painLevelCap() {
        return protocol.levelCapForPain(profile.painLevel());
    }

    /** The highest level allowed this week: the phase's and the pain's, whichever is lower. */
    public int levelCap() {
        return Math.min(phase.maxLevel(), painLevelCap());
    }

    /**
     * The most one exercise's dose may take so that a full routine (the protocol's exercises per session) still fits
     * the session after its warm-up.
     */
    int secondsPerExercise() {
        int minutes = profile.minutesPerSession();
        return (minutes - protocol.warmUpFor(minutes)) * 60 / Math.max(1, protocol.maxExercisesPerSession());
    }

    /** Every how many weeks doses move a step at this week's pain (0 = they hold). */
    public int doseStepEveryWeeks() {
        return protocol.doseStepEveryWeeks(profile.painLevel());
    }

    /** The profile in force this week (a follow-up visit can change pain and exclusions from its week on). */
    public PatientProfile profile() {
        return profile;
    }

    public Prescription prescription(Exercise exercise) {
        return of(exercise).prescription();
    }

    /** Each family's current variant where it is safe: the values the solver tries for this week's slots. */
    public List<Exercise> safeExercises() {
        return safeExercises;
    }

    /** History: the week has started (or was kept at a follow-up), so a solve keeps it as it is. */
    public boolean isDone() {
        return done;
    }

    public void markDone() {
        this.done = true;
    }

    /** The plan's following week, or null for the last. */
    public PlanWeek next() {
        return next;
    }

    void setNext(PlanWeek next) {
        this.next = next;
    }

    /** Where each family stands this week, by family id (families with no safe variant are absent). */
    public Map<String, LadderStep> ladder() {
        return ladder;
    }

    /**
     * Whether this week states a reason for a category to step back from the week before, whatever the plan holds:
     * the phase changed, or a family of the category stepped back to an easier variant or paused (its variant broke
     * a safety rule, so it has no safe variant now). The plan then says why, so less of the category is explained.
     */
    public boolean stepsBackFrom(PlanWeek before, Category category) {
        int mask = stepBackMask;
        if (mask < 0) {
            mask = 0;
            for (Category c : Category.values()) {
                if (before.phase() != phase || before.ladder().values().stream()
                        .filter(step -> step.exercise().category() == c).anyMatch(step -> {
                            LadderStep now = ladder.get(before.catalog.familyOf(step.exercise()).id());
                            return now == null || now.steppedBackFor() != null;
                        })) {
                    mask |= 1 << c.ordinal();
                }
            }
            stepBackMask = mask;
        }
        return (mask & (1 << category.ordinal())) != 0;
    }

    /** Categories (bit per ordinal) this week states a step-back reason for; -1 until worked out. */
    private volatile int stepBackMask = -1;

    /** Whether the phase sets a session or weekly target for the category this week. */
    public boolean targets(Category category) {
        return targeted.contains(category);
    }

    /** Whether no safety rule forbids the exercise this week (whatever the ladder says). */
    public boolean isSafeByRules(Exercise exercise) {
        return rulesBrokenBy(exercise) == 0;
    }

    /** The rules an exercise breaks this week, one bit per {@link SafetyRule}. */
    public int rulesBrokenBy(Exercise exercise) {
        Integer rules = broken.get(exercise);
        return rules != null ? rules : SafetyRule.brokenBy(exercise, this);
    }

    /** The phase's minimum number of exercises of a category in each session (0 = no target). */
    public int minExercisesPerSession(Category category) {
        return minExercisesPerSession[category.ordinal()];
    }

    /** The phase's minimum number of sessions this week with a category, capped by the week's sessions. */
    public int minSessions(Category category) {
        return minSessions[category.ordinal()];
    }

    /** The phase's minimum minutes of a category this week (0 = no target). */
    public int minMinutes(Category category) {
        return minMinutes[category.ordinal()];
    }

    /** The exercise as it stands this week: one object per exercise and week. */
    public WeekExercise of(Exercise exercise) {
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
