package org.rehabplan.planning.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.planning.constraints.PlanConstraints;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.model.Session;
import org.rehabplan.planning.model.Slot;
import org.rehabplan.planning.model.WeekExercise;

/**
 * The solver's first phase: fills each week the way a therapist would start, in milliseconds, so that local search
 * begins from a safe plan that already meets most of the phase's targets. Week by week it first gives every session
 * the categories the phase asks of each session, then spreads the weekly categories over the sessions that lack them,
 * then tops up the weekly minutes, makes room for a weekly category still missing (taking out an exercise no target
 * needs, or swapping one for a shorter one of its category), then fills the remaining time. Among safe exercises that fit it prefers the
 * therapist's favourites, the exercises already chosen this week and last week (a steady routine, a gradual dose),
 * and the highest level within one of last week's in the category (gradual progression). Only empty, unpinned slots
 * are filled, and never beyond a session's time, so it never makes a plan less safe; local search improves on it.
 * Stateless: one instance serves every solver.
 */
final class PlanInitializer implements CustomPhaseCommand<ExercisePlan> {

    private static final String VARIABLE = "exercise";
    private static final Category[] CATEGORIES = Category.values();

    @Override
    public void changeWorkingSolution(ScoreDirector<ExercisePlan> director) {
        ExercisePlan plan = director.getWorkingSolution();
        Map<Session, SessionFill> fills = new HashMap<>();
        for (Slot slot : plan.getSlots()) {
            fills.computeIfAbsent(slot.getSession(), SessionFill::new).addSlot(slot);
        }
        Map<Category, Integer> hardestLastWeek = new HashMap<>();
        Set<String> usedLastWeek = new HashSet<>();
        List<SessionFill> lastWeek = List.of();
        for (PlanWeek week : plan.getWeeks()) {
            List<SessionFill> sessions = plan.getSessions().stream().filter(s -> s.week() == week)
                    .map(fills::get).filter(java.util.Objects::nonNull).toList();
            WeekFill fill = new WeekFill(director, week, sessions, hardestLastWeek, usedLastWeek);
            fill.run(lastWeek);
            lastWeek = sessions;
            hardestLastWeek = fill.hardestByCategory();
            usedLastWeek = fill.usedFamilies();
        }
        director.triggerVariableListeners();
    }

    /** One session being filled: its slots and what is in it so far (pinned exercises included). */
    private static final class SessionFill {
        final Session session;
        final List<Slot> slots = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private final int[] counts = new int[CATEGORIES.length];
        private int minutes;
        private int filled;

        SessionFill(Session session) {
            this.session = session;
        }

        void addSlot(Slot slot) {
            slots.add(slot);
            if (slot.getExercise() != null) {
                record(slot);
            }
        }

        void record(Slot slot) {
            ids.add(slot.getExercise().id());
            for (int c : slot.targetOrdinals()) {
                counts[c]++;
            }
            minutes += slot.getMinutes();
            filled++;
        }

        void forget(Slot slot) {
            ids.remove(slot.getExercise().id());
            for (int c : slot.targetOrdinals()) {
                counts[c]--;
            }
            minutes -= slot.getMinutes();
            filled--;
        }

        int minutes() {
            return minutes;
        }

        int filled() {
            return filled;
        }

        boolean hasFamily(String family) {
            return slots.stream().anyMatch(s -> s.getExercise() != null && s.info().family().equals(family));
        }

        int count(Category category) {
            return counts[category.ordinal()];
        }

        Slot freeSlot() {
            for (Slot slot : slots) {
                if (!slot.isPinned() && slot.getExercise() == null) {
                    return slot;
                }
            }
            return null;
        }

        boolean fits(WeekExercise candidate) {
            return filled < slots.size() && !ids.contains(candidate.exercise().id())
                    && minutes + candidate.minutes() <= session.minutesBudget() && freeSlot() != null;
        }
    }

    /** Why an exercise is added, and so how its minutes count: time is scarce while targets are being met. */
    private enum Purpose {
        /** A category target: shorter leaves room for the others. */
        TARGET(-1),
        /** A week short of a category's minutes: longer first. */
        MINUTES(100),
        /** Filling what time is left: longer uses it better. */
        FILL(PlanConstraints.UNUSED_MINUTE_WEIGHT);

        final int minuteWeight;

        Purpose(int minuteWeight) {
            this.minuteWeight = minuteWeight;
        }
    }

    private static final class WeekFill {
        private final ScoreDirector<ExercisePlan> director;
        private final PlanWeek week;
        private final List<SessionFill> sessions;
        private final Map<Category, Integer> hardestLastWeek;
        private final Set<String> usedLastWeek;
        private final Set<String> used = new HashSet<>();
        private final List<WeekExercise> candidates;

        WeekFill(ScoreDirector<ExercisePlan> director, PlanWeek week, List<SessionFill> sessions,
                 Map<Category, Integer> hardestLastWeek, Set<String> usedLastWeek) {
            this.director = director;
            this.week = week;
            this.sessions = sessions;
            this.hardestLastWeek = hardestLastWeek;
            this.usedLastWeek = usedLastWeek;
            this.candidates = week.safeExercises().stream().map(week::of).toList();
            sessions.forEach(s -> s.slots.stream().filter(slot -> slot.getExercise() != null)
                    .forEach(slot -> used.add(slot.getExercise().id())));
        }

        void run(List<SessionFill> lastWeek) {
            for (SessionFill session : sessions) {
                for (Category c : CATEGORIES) {
                    while (session.count(c) < week.minExercisesPerSession(c) && add(session, c, Purpose.TARGET)) {
                        // the session's own targets come first
                    }
                }
            }
            for (int i = 0; i < Math.min(sessions.size(), lastWeek.size()); i++) {
                // then last week's routine carries over, session by session, one step further up each family
                SessionFill session = sessions.get(i);
                for (Slot before : lastWeek.get(i).slots) {
                    if (before.getExercise() != null && !session.hasFamily(before.info().family())) {
                        addFamily(session, before.info().family());
                    }
                }
            }
            for (var key : week.keyFamilies().entrySet()) {
                // the protocol's key exercises (e.g. sit-to-stand) in as many sessions as it asks
                int missing = key.getValue() - (int) sessions.stream().filter(s -> s.hasFamily(key.getKey())).count();
                for (SessionFill session : sessions) {
                    if (missing > 0 && !session.hasFamily(key.getKey()) && addFamily(session, key.getKey())) {
                        missing--;
                    }
                }
            }
            for (Category c : CATEGORIES) {
                // minutes before the weekly spread: long exercises (walks) need room in the session
                boolean added = true;
                while (minutesOf(c) < week.minMinutes(c) && added) {
                    added = false;
                    for (SessionFill session : emptiestFirst(c)) {
                        if (add(session, c, Purpose.MINUTES)) {
                            added = true;
                            break;
                        }
                    }
                }
            }
            for (Category c : CATEGORIES) {
                int missing = week.minSessions(c) - (int) sessions.stream().filter(s -> s.count(c) > 0).count();
                for (SessionFill session : emptiestFirst(c)) {
                    if (missing > 0 && session.count(c) == 0 && add(session, c, Purpose.TARGET)) {
                        missing--;
                    }
                }
            }
            for (Category c : CATEGORIES) {
                // still short: make room by taking out an exercise no target needs
                int missing = week.minSessions(c) - (int) sessions.stream().filter(s -> s.count(c) > 0).count();
                for (SessionFill session : emptiestFirst(c)) {
                    if (missing > 0 && session.count(c) == 0 && makeRoom(session, c)) {
                        missing--;
                    }
                }
            }
            for (SessionFill session : sessions) {
                while (add(session, null, Purpose.FILL)) {
                    // fill the remaining time
                }
            }
        }

        /**
         * Makes room for the category in the session: takes out the longest exercise the targets can spare, or else
         * swaps one for a shorter exercise of its own category; false when neither works.
         */
        private boolean makeRoom(SessionFill session, Category category) {
            List<Slot> filled = session.slots.stream().filter(s -> !s.isPinned() && s.getExercise() != null)
                    .sorted(Comparator.comparingInt(Slot::getMinutes).reversed()).toList();
            for (Slot slot : filled) {
                Exercise removed = slot.getExercise();
                boolean spare = spare(session, slot);
                set(session, slot, null);
                if (add(session, category, Purpose.TARGET)) {
                    if (spare || addLike(session, removed)) {
                        return true;
                    }
                    undoLast(session, category);
                }
                set(session, slot, removed);
            }
            return false;
        }

        /** Adds the family's current variant if it fits. */
        private boolean addFamily(SessionFill session, String family) {
            for (WeekExercise candidate : candidates) {
                if (candidate.family().equals(family) && session.fits(candidate)) {
                    set(session, session.freeSlot(), candidate.exercise());
                    used.add(candidate.exercise().id());
                    return true;
                }
            }
            return false;
        }

        /** Adds a shorter exercise that counts toward what the removed one counted toward. */
        private boolean addLike(SessionFill session, Exercise removed) {
            for (Category c : removed.countsToward()) {
                if (add(session, c, Purpose.TARGET)) {
                    return true;
                }
            }
            return false;
        }

        /** Takes out the exercise of the category that {@link #add} put in last. */
        private void undoLast(SessionFill session, Category category) {
            for (int i = session.slots.size() - 1; i >= 0; i--) {
                Slot slot = session.slots.get(i);
                if (!slot.isPinned() && slot.countsToward(category)) {
                    set(session, slot, null);
                    return;
                }
            }
        }

        /** Whether taking the slot's exercise out leaves every target of its category met. */
        private boolean spare(SessionFill session, Slot slot) {
            for (Category c : slot.getExercise().countsToward()) {
                int sessionsWith = (int) sessions.stream().filter(s -> s.count(c) > 0).count();
                if (session.count(c) - 1 < week.minExercisesPerSession(c)
                        || sessionsWith - (session.count(c) == 1 ? 1 : 0) < week.minSessions(c)
                        || minutesOf(c) - slot.getMinutes() < week.minMinutes(c)) {
                    return false;
                }
            }
            return true;
        }

        private void set(SessionFill session, Slot slot, Exercise exercise) {
            if (slot.getExercise() != null) {
                session.forget(slot);
            }
            director.beforeVariableChanged(slot, VARIABLE);
            slot.setExercise(exercise);
            director.afterVariableChanged(slot, VARIABLE);
            if (exercise != null) {
                session.record(slot);
            }
        }

        /** Adds the most suitable exercise of the category (any, when null) that fits; false when none fits. */
        private boolean add(SessionFill session, Category category, Purpose purpose) {
            WeekExercise best = null;
            int bestValue = Integer.MIN_VALUE;
            for (WeekExercise candidate : candidates) {
                if ((category != null && !candidate.exercise().countsToward(category)) || !session.fits(candidate)) {
                    continue;
                }
                int value = value(candidate) + candidate.minutes() * purpose.minuteWeight;
                if (value > bestValue) {
                    best = candidate;
                    bestValue = value;
                }
            }
            if (best == null) {
                return false;
            }
            set(session, session.freeSlot(), best.exercise());
            used.add(best.exercise().id());
            return true;
        }

        /** Roughly what the soft rules think of choosing it (candidates come in catalog order: ties keep it). */
        private int value(WeekExercise candidate) {
            Exercise e = candidate.exercise();
            boolean levelJump = e.level() > hardestLastWeek.getOrDefault(e.category(), Integer.MAX_VALUE - 1) + 1;
            boolean carriedOver = usedLastWeek.contains(candidate.family());
            boolean doseJump = week.index() > 1 && !carriedOver && candidate.doseStep() > 1;
            return e.level() + (candidate.favourite() ? PlanConstraints.FAVOURITE_WEIGHT : 0)
                    + (used.contains(e.id()) ? PlanConstraints.DISTINCT_PER_WEEK_WEIGHT : 0)
                    + (carriedOver ? PlanConstraints.ROUTINE_DROP_WEIGHT : 0)
                    - (levelJump ? PlanConstraints.LEVEL_JUMP_WEIGHT : 0)
                    - (doseJump ? (candidate.doseStep() - 1) * PlanConstraints.DOSE_JUMP_WEIGHT : 0);
        }

        private int minutesOf(Category category) {
            int minutes = 0;
            for (SessionFill session : sessions) {
                for (Slot slot : session.slots) {
                    minutes += slot.countsToward(category) ? slot.getMinutes() : 0;
                }
            }
            return minutes;
        }

        /** Sessions with the fewest exercises of the category first, then the fewest exercises, then the most time. */
        private List<SessionFill> emptiestFirst(Category category) {
            return sessions.stream().sorted(Comparator.comparingInt((SessionFill s) -> s.count(category))
                    .thenComparingInt(SessionFill::filled)
                    .thenComparingInt(s -> s.minutes() - s.session.minutesBudget())).toList();
        }

        Set<String> usedFamilies() {
            Set<String> families = new HashSet<>();
            sessions.forEach(s -> s.slots.stream().filter(slot -> slot.getExercise() != null)
                    .forEach(slot -> families.add(slot.info().family())));
            return families;
        }

        Map<Category, Integer> hardestByCategory() {
            Map<Category, Integer> hardest = new HashMap<>();
            sessions.forEach(s -> s.slots.stream().filter(slot -> slot.getExercise() != null).forEach(slot ->
                    hardest.merge(slot.getExercise().category(), slot.getExercise().level(), Math::max)));
            return hardest;
        }
    }
}
