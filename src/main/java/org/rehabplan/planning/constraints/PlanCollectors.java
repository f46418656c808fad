package org.rehabplan.planning.constraints;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.model.Slot;
import org.rehabplan.planning.model.WeekExercise;

/**
 * Constraint collectors that summarise a group of slots in one pass (counts per category, weeks an exercise is used,
 * levels per week), so that a rule over a session, a week or an exercise's weeks costs one small update per changed
 * slot instead of a join against every target. Each is a shared constant: equal streams then share their node.
 */
final class PlanCollectors {

    /** Plan weeks are 1..52 (validated), session numbers 1..7. */
    static final int MAX_WEEKS = 64;
    private static final int CATEGORIES = Category.values().length;
    private static final int MAX_SESSIONS = 8;
    private static final int MAX_LEVEL = 6;

    /**
     * Number of exercises counting toward each category's target in a group of slots (empty slots and passive items
     * count for nothing; an exercise can count toward two categories, e.g. a prone hip extension).
     */
    static final UniConstraintCollector<Slot, int[], CategoryCounts> CATEGORY_COUNTS = collector(
            () -> new int[CATEGORIES],
            (counts, slot) -> {
                if (slot.getExercise() == null) {
                    return null;
                }
                int[] targets = slot.targetOrdinals();
                for (int c : targets) {
                    counts[c]++;
                }
                return () -> {
                    for (int c : targets) {
                        counts[c]--;
                    }
                };
            },
            counts -> new CategoryCounts(counts.clone()));

    /** Per category, the sessions of a week that hold an exercise counting toward it and the minutes given to it. */
    static final UniConstraintCollector<Slot, WeekTally, WeekCoverage> WEEK_COVERAGE = collector(
            WeekTally::new,
            (tally, slot) -> {
                if (slot.getExercise() == null) {
                    return null;
                }
                int[] targets = slot.targetOrdinals();
                int session = slot.getSession().number();
                int minutes = slot.getMinutes();
                for (int c : targets) {
                    tally.add(session, c, minutes);
                }
                return () -> {
                    for (int c : targets) {
                        tally.remove(session, c, minutes);
                    }
                };
            },
            WeekTally::result);

    /** For one week: the sessions holding each key family (e.g. sit-to-stand) that the week asks for. */
    static final UniConstraintCollector<Slot, KeyTally, KeyCoverage> KEY_FAMILY_SESSIONS = collector(
            KeyTally::new,
            (tally, slot) -> {
                WeekExercise info = slot.info();
                int key = info == null ? -1 : slot.getWeek().keyIndex(info.family());
                if (key < 0) {
                    return null;
                }
                int session = slot.getSession().number();
                tally.counts[key][session]++;
                return () -> tally.counts[key][session]--;
            },
            KeyTally::result);

    /** For one category: how many slots of each level each week holds, and which of them jump levels. */
    static final UniConstraintCollector<Slot, LevelTally, LevelJumps> LEVEL_JUMPS = collector(
            LevelTally::new,
            (tally, slot) -> {
                int week = slot.getWeek().index();
                int level = Math.min(slot.getExercise().level(), MAX_LEVEL);
                tally.lastWeek = Math.max(tally.lastWeek, week);
                tally.counts[week][level]++;
                return () -> tally.counts[week][level]--;
            },
            tally -> LevelJumps.of(tally.counts, tally.lastWeek));

    /**
     * For one category: the weeks whose volume (work of its doses, summed) falls below the week before's while its
     * hardest level does not rise, in weeks that state no step-back reason for it.
     */
    static final UniConstraintCollector<Slot, VolumeTally, VolumeFalls> VOLUME_FALLS = collector(
            VolumeTally::new,
            (tally, slot) -> {
                int week = slot.getWeek().index();
                int level = Math.min(slot.getExercise().level(), MAX_LEVEL);
                int volume = slot.info().volume();
                tally.weeks[week] = slot.getWeek();
                tally.category = slot.getExercise().category();
                tally.lastWeek = Math.max(tally.lastWeek, week);
                tally.counts[week][level]++;
                tally.volume[week] += volume;
                return () -> {
                    tally.counts[week][level]--;
                    tally.volume[week] -= volume;
                };
            },
            VolumeTally::result);

    /** For one exercise family: the sessions it is in each week, how far up its ladder it joins, where it drops. */
    static final UniConstraintCollector<Slot, FamilyTally, FamilyWeeks> FAMILY_WEEKS = collector(
            FamilyTally::new,
            (tally, slot) -> {
                int week = slot.getWeek().index();
                WeekExercise info = slot.info();
                tally.add(info, week);
                return () -> tally.remove(week);
            },
            FamilyTally::result);

    private PlanCollectors() {
    }

    private static <C, R> UniConstraintCollector<Slot, C, R> collector(Supplier<C> supplier,
                                                                       BiFunction<C, Slot, Runnable> accumulator,
                                                                       Function<C, R> finisher) {
        BiFunction<C, Slot, Runnable> safe = (container, slot) -> {
            Runnable undo = accumulator.apply(container, slot);
            return undo == null ? () -> { } : undo;
        };
        return new UniConstraintCollector<>() {
            @Override
            public Supplier<C> supplier() {
                return supplier;
            }

            @Override
            public BiFunction<C, Slot, Runnable> accumulator() {
                return safe;
            }

            @Override
            public Function<C, R> finisher() {
                return finisher;
            }
        };
    }

    /** Exercises per category (by ordinal). */
    record CategoryCounts(int[] counts) {
        int of(Category category) {
            return counts[category.ordinal()];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CategoryCounts other && Arrays.equals(counts, other.counts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(counts);
        }
    }

    /** Sessions holding each category and minutes of each category, in one week (by category ordinal). */
    record WeekCoverage(int[] sessions, int[] minutes) {
        int sessionsWith(Category category) {
            return sessions[category.ordinal()];
        }

        int minutesOf(Category category) {
            return minutes[category.ordinal()];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof WeekCoverage other && Arrays.equals(sessions, other.sessions)
                    && Arrays.equals(minutes, other.minutes);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(sessions) + Arrays.hashCode(minutes);
        }
    }

    /** Slots per week and level; {@code lastWeek} bounds the scan (the latest week ever seen, weeks never move). */
    static final class LevelTally {
        private final int[][] counts = new int[MAX_WEEKS][MAX_LEVEL + 1];
        private int lastWeek;
    }

    /** Key families are few (one or two a protocol): counted per key and session. */
    static final class KeyTally {
        private static final int MAX_KEYS = 8;
        private final int[][] counts = new int[MAX_KEYS][MAX_SESSIONS];

        KeyCoverage result() {
            int[] sessions = new int[MAX_KEYS];
            for (int k = 0; k < MAX_KEYS; k++) {
                for (int c : counts[k]) {
                    sessions[k] += c > 0 ? 1 : 0;
                }
            }
            return new KeyCoverage(sessions);
        }
    }

    /** Sessions of one week that hold each key family, by the week's key index. */
    record KeyCoverage(int[] sessions) {
        int sessionsWith(int key) {
            return sessions[key];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof KeyCoverage other && Arrays.equals(sessions, other.sessions);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(sessions);
        }
    }

    static final class WeekTally {
        private final int[][] perSession = new int[MAX_SESSIONS][CATEGORIES];
        private final int[] sessions = new int[CATEGORIES];
        private final int[] minutes = new int[CATEGORIES];

        void add(int session, int category, int minutes) {
            if (perSession[session][category]++ == 0) {
                sessions[category]++;
            }
            this.minutes[category] += minutes;
        }

        void remove(int session, int category, int minutes) {
            if (--perSession[session][category] == 0) {
                sessions[category]--;
            }
            this.minutes[category] -= minutes;
        }

        WeekCoverage result() {
            return new WeekCoverage(sessions.clone(), minutes.clone());
        }
    }

    /**
     * Slots of one category more than one level above the hardest slot of that category the week before (weeks
     * with none of the category the week before don't count), and the weeks where that happens (bit per week).
     */
    record LevelJumps(int slots, long weeks, int drops, long dropWeeks) {
        static LevelJumps of(int[][] counts, int lastWeek) {
            int slots = 0;
            long weeks = 0;
            int drops = 0;
            long dropWeeks = 0;
            for (int w = 2; w <= lastWeek; w++) {
                int before = hardest(counts[w - 1]);
                if (before == 0) {
                    continue;
                }
                int now = hardest(counts[w]);
                if (now > 0 && now < before) {
                    drops += before - now;
                    dropWeeks |= 1L << w;
                }
                for (int level = before + 2; level <= MAX_LEVEL; level++) {
                    if (counts[w][level] > 0) {
                        slots += counts[w][level];
                        weeks |= 1L << w;
                    }
                }
            }
            return new LevelJumps(slots, weeks, drops, dropWeeks);
        }

        static int hardest(int[] levels) {
            for (int level = MAX_LEVEL; level > 0; level--) {
                if (levels[level] > 0) {
                    return level;
                }
            }
            return 0;
        }
    }

    /** Slots per week and level and the category's volume per week; the weeks seen, for their step-back reasons. */
    static final class VolumeTally {
        private final int[][] counts = new int[MAX_WEEKS][MAX_LEVEL + 1];
        private final int[] volume = new int[MAX_WEEKS];
        private final PlanWeek[] weeks = new PlanWeek[MAX_WEEKS];
        private Category category;
        private int lastWeek;

        VolumeFalls result() {
            int falls = 0;
            long fallWeeks = 0;
            for (int w = 1; w <= lastWeek; w++) {
                int before = LevelJumps.hardest(counts[w]);
                PlanWeek next = weeks[w] == null ? null : weeks[w].next();
                if (before == 0 || next == null || volume[w + 1] >= volume[w]
                        || LevelJumps.hardest(counts[w + 1]) > before || next.stepsBackFrom(weeks[w], category)) {
                    continue;
                }
                falls++;
                fallWeeks |= 1L << (w + 1);
            }
            return new VolumeFalls(falls, fallWeeks);
        }
    }

    /** Weeks in which a category's volume falls with no rise in level and no stated reason (a bit per week). */
    record VolumeFalls(int falls, long weeks) {
    }

    static final class FamilyTally {
        private final int[] uses = new int[MAX_WEEKS];
        private final int[] steps = new int[MAX_WEEKS];
        private final boolean[] continues = new boolean[MAX_WEEKS];
        private Exercise exercise;
        private long weeks;

        void add(WeekExercise info, int week) {
            this.exercise = info.exercise();
            if (uses[week]++ == 0) {
                weeks |= 1L << week;
                steps[week] = info.doseStep();
                continues[week] = info.availableNextWeek();
            }
        }

        void remove(int week) {
            if (--uses[week] == 0) {
                weeks &= ~(1L << week);
            }
        }

        FamilyWeeks result() {
            int doseJump = 0;
            long jumpWeeks = 0;
            int dropped = 0;
            long dropWeeks = 0;
            // week 1 continues whatever the patient did before the plan; from week 2 on the plan is the history
            for (long rest = weeks & ~0b11L; rest != 0; rest &= rest - 1) {
                int w = Long.numberOfTrailingZeros(rest);
                int before = (weeks & (1L << (w - 1))) != 0 ? steps[w - 1] : 0;
                int excess = steps[w] - before - 1;
                if (excess > 0) {
                    doseJump += excess;
                    jumpWeeks |= 1L << w;
                }
            }
            for (long rest = weeks; rest != 0; rest &= rest - 1) {
                int w = Long.numberOfTrailingZeros(rest);
                if (w + 1 < MAX_WEEKS && continues[w] && uses[w + 1] < uses[w]) {
                    dropped += uses[w] - uses[w + 1];
                    dropWeeks |= 1L << (w + 1);
                }
            }
            return new FamilyWeeks(exercise, weeks, doseJump, jumpWeeks, dropped, dropWeeks);
        }
    }

    /**
     * The weeks (bit per week) one family is used in; {@code doseSteps}: ladder steps beyond one that it climbs from
     * one week to the next (from its start when it was not used the week before), in {@code jumpWeeks};
     * {@code dropped}: sessions it loses from one week to the next while it could go on, in {@code dropWeeks}.
     */
    record FamilyWeeks(Exercise exercise, long weeks, int doseSteps, long jumpWeeks, int dropped, long dropWeeks) {
    }
}
