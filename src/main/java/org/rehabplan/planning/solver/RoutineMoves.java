package org.rehabplan.planning.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.model.Session;
import org.rehabplan.planning.model.Slot;
import org.rehabplan.planning.model.WeekExercise;

/**
 * Routine-level moves, for the local search. A week's routine repeats in every session and carries over into the next
 * weeks, so the better plan is often a different routine: changing it one slot at a time is uphill at every step
 * (an extra exercise in the week, a family done in fewer sessions than the week before). Each move picks a family
 * in use and another family safe in that week, then either replaces the first by the second or swaps the two, in
 * every session (or a random set of session numbers) of every week in which both can be done, each week's own variant
 * at its own dose. Changing the whole run of weeks, never from or to a week inside it, keeps each week's routine
 * carrying over into the next (a change from mid-plan on made category volumes fall with no reason to state). A slot is left alone where the new exercise is already in its session or the family has no safe
 * variant that week; pinned slots are never touched. Public for the solver, which instantiates it by class.
 */
public final class RoutineMoves implements MoveIteratorFactory<ExercisePlan, RoutineMove> {

    private static final int ATTEMPTS = 20;

    @Override
    public long getSize(ScoreDirector<ExercisePlan> director) {
        ExercisePlan plan = director.getWorkingSolution();
        return (long) plan.getSlots().size() * 4;
    }

    @Override
    public Iterator<RoutineMove> createOriginalMoveIterator(ScoreDirector<ExercisePlan> director) {
        throw new UnsupportedOperationException("Routine moves are selected at random only");
    }

    @Override
    public Iterator<RoutineMove> createRandomMoveIterator(ScoreDirector<ExercisePlan> director, Random random) {
        Layout layout = new Layout(director.getWorkingSolution());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !layout.free.isEmpty();
            }

            @Override
            public RoutineMove next() {
                RoutineMove move = null;
                for (int attempt = 0; attempt < ATTEMPTS && move == null; attempt++) {
                    move = layout.randomMove(random);
                }
                // nothing to change anywhere: a move that is not doable, so the solver skips it
                return move != null ? move : new RoutineMove(List.of(), List.of(), "nothing");
            }
        };
    }

    /** The plan's weeks in order, each with its unpinned slots by session. */
    private static final class Layout {
        final List<PlanWeek> weeks;
        final Map<PlanWeek, List<List<Slot>>> sessions = new HashMap<>();
        final Map<Session, List<Slot>> all = new HashMap<>();
        final List<Slot> free = new ArrayList<>();
        final Map<PlanWeek, Map<String, Exercise>> variants = new HashMap<>();
        /** Index of the first week with an unpinned slot (weeks before it are history). */
        int firstOpenWeek = Integer.MAX_VALUE;

        Layout(ExercisePlan plan) {
            weeks = plan.getWeeks();
            Map<Session, List<Slot>> bySession = new java.util.LinkedHashMap<>();
            for (Slot slot : plan.getSlots()) {
                bySession.computeIfAbsent(slot.getSession(), s -> new ArrayList<>()).add(slot);
                if (!slot.isPinned()) {
                    free.add(slot);
                    firstOpenWeek = Math.min(firstOpenWeek, slot.getWeek().index() - 1);
                }
            }
            all.putAll(bySession);
            bySession.forEach((session, slots) -> sessions.computeIfAbsent(session.week(), w -> new ArrayList<>())
                    .add(slots));
        }

        RoutineMove randomMove(Random random) {
            Slot from = free.get(random.nextInt(free.size()));
            WeekExercise info = from.info();
            PlanWeek week = from.getWeek();
            List<Exercise> safe = week.safeExercises();
            if (info == null || safe.size() < 2) {
                return null;
            }
            Exercise other = safe.get(random.nextInt(safe.size()));
            String family = info.family();
            String otherFamily = week.of(other).family();
            if (otherFamily.equals(family)) {
                return null;
            }
            boolean swap = random.nextBoolean();
            // every session, or some of them (the same session numbers in each week): a family can take over part
            // of a week, e.g. sit-to-stand in 2 sessions and another leg exercise in the other 3
            long sessionMask = random.nextBoolean() ? -1L : random.nextLong();
            List<Slot> slots = new ArrayList<>();
            List<Exercise> exercises = new ArrayList<>();
            // over the whole run of weeks in which both families can be done (from the first week the solver may
            // change): a change that started or ended inside it would leave a week where the category's volume
            // falls for no reason a therapist could be given
            int start = week.index() - 1;
            while (start - 1 >= firstOpenWeek && variant(weeks.get(start - 1), family) != null
                    && variant(weeks.get(start - 1), otherFamily) != null) {
                start--;
            }
            for (int w = start; w < weeks.size(); w++) {
                PlanWeek current = weeks.get(w);
                Exercise a = variant(current, family);
                Exercise b = variant(current, otherFamily);
                if (a == null || b == null) {
                    break;
                }
                for (List<Slot> session : sessions.getOrDefault(current, List.of())) {
                    if ((sessionMask & (1L << session.getFirst().getSession().number())) == 0) {
                        continue;
                    }
                    boolean hasA = holds(session, a);
                    boolean hasB = holds(session, b);
                    if (hasA == hasB) {
                        continue; // both or neither: replacing would repeat an exercise, swapping changes nothing
                    }
                    for (Slot slot : session) {
                        if (slot.isPinned()) {
                            continue;
                        }
                        if (slot.getExercise() == a) {
                            slots.add(slot);
                            exercises.add(b);
                        } else if (swap && slot.getExercise() == b) {
                            slots.add(slot);
                            exercises.add(a);
                        }
                    }
                }
            }
            if (slots.isEmpty()) {
                return null;
            }
            return new RoutineMove(slots, exercises, (swap ? "swap " : "replace ") + family + " / " + otherFamily
                    + " in sessions " + Long.toBinaryString(
                    sessionMask & 0xFF));
        }

        private static boolean holds(List<Slot> session, Exercise exercise) {
            for (Slot slot : session) {
                if (slot.getExercise() == exercise) {
                    return true;
                }
            }
            return false;
        }

        /** The family's exercise the solver may choose in this week, or null when it has none there. */
        private Exercise variant(PlanWeek week, String family) {
            return variants.computeIfAbsent(week, w -> {
                Map<String, Exercise> byFamily = new HashMap<>();
                w.safeExercises().forEach(e -> byFamily.putIfAbsent(w.of(e).family(), e));
                return byFamily;
            }).get(family);
        }
    }
}
