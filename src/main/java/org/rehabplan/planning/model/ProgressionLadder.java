package org.rehabplan.planning.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.ExerciseFamily;

/**
 * Climbs every exercise family week by week, the way a physiotherapist progresses a home program: a family starts
 * when it is first safe and its purpose is asked for, at its easiest variant near the week's allowed level and the
 * bottom of its dose; each week the dose moves one step (slower or not at all when pain says so), and once the dose
 * range is topped the next variant follows at its starting dose if it is safe and at most one level harder. Doses
 * carry across phase boundaries: a new phase raises the ceiling, it does not reset the floor. A family steps back to
 * an easier variant only when the current one is no longer safe (pain rose at a visit, a restriction, an exclusion),
 * and the step says which rule made it. The dose grows only while it leaves room for a full session of exercises
 * ({@link PlanWeek#secondsPerExercise()}): in a short session a family progresses by its harder variant, not by
 * crowding out the rest of the routine.
 */
public final class ProgressionLadder {

    private ProgressionLadder() {
    }

    public static void place(List<PlanWeek> weeks, List<ExerciseFamily> families,
                      Function<Exercise, List<Prescription>> doseSteps) {
        List<Map<String, LadderStep>> byWeek = weeks.stream().map(w -> (Map<String, LadderStep>) new HashMap<String, LadderStep>()).toList();
        for (ExerciseFamily family : families) {
            Climb climb = new Climb(family, doseSteps);
            for (int w = 0; w < weeks.size(); w++) {
                LadderStep step = climb.week(weeks.get(w));
                if (step != null) {
                    byWeek.get(w).put(family.id(), step);
                }
            }
        }
        for (int w = 0; w < weeks.size(); w++) {
            weeks.get(w).assign(byWeek.get(w));
            weeks.get(w).setNext(w + 1 < weeks.size() ? weeks.get(w + 1) : null);
        }
    }

    /** One family's way up, week after week. */
    private static final class Climb {
        private final ExerciseFamily family;
        private final List<List<Prescription>> doses;
        private int variant = -1;
        private int dose;
        private int steps;
        private int weeksSinceStep;

        Climb(ExerciseFamily family, Function<Exercise, List<Prescription>> doseSteps) {
            this.family = family;
            this.doses = family.variants().stream().map(doseSteps).toList();
        }

        LadderStep week(PlanWeek week) {
            List<Exercise> variants = family.variants();
            if (variant < 0) {
                return start(week);
            }
            Exercise current = variants.get(variant);
            if (!week.isSafeByRules(current)) {
                return stepBack(week, current);
            }
            weeksSinceStep++;
            int every = week.doseStepEveryWeeks();
            if (every > 0 && weeksSinceStep >= every) {
                // topped: the range is climbed, or the next dose would not leave room for the rest of the session
                boolean topped = dose == doses.get(variant).size() - 1
                        || doses.get(variant).get(dose + 1).seconds() > week.secondsPerExercise();
                if (!topped) {
                    dose++;
                    steps++;
                    weeksSinceStep = 0;
                } else if (variant + 1 < variants.size() && week.isSafeByRules(variants.get(variant + 1))
                        && variants.get(variant + 1).level() <= current.level() + 1) {
                    int topSeconds = doses.get(variant).get(dose).seconds();
                    variant++;
                    // a harder variant starts at the bottom of its range; one of the same level (a new position) at
                    // about the time the last one took, so the work does not fall
                    dose = variants.get(variant).level() > current.level() ? 0 : comparable(doses.get(variant), topSeconds);
                    steps++;
                    weeksSinceStep = 0;
                }
            }
            return new LadderStep(variants.get(variant), doses.get(variant).get(dose), steps, null);
        }

        /** The first dose that takes at least {@code seconds}, or the top of the range. */
        private static int comparable(List<Prescription> steps, int seconds) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).seconds() >= seconds) {
                    return i;
                }
            }
            return steps.size() - 1;
        }

        /**
         * Starts at the easiest safe variant no more than the protocol's levels below the week's cap, once the family
         * is safe and the phase asks for what it trains (families that count toward no target start when safe).
         */
        private LadderStep start(PlanWeek week) {
            if (!purposeAsked(week)) {
                return null;
            }
            List<Exercise> variants = family.variants();
            int entryLevel = Math.max(1, week.levelCap() - week.protocol().progression().entryLevelsBelowCap());
            // a passive first step (glute squeezes, lying prone) is skipped when an active variant is safe
            boolean activeSafe = variants.stream().anyMatch(e -> !e.countsToward().isEmpty() && week.isSafeByRules(e));
            int chosen = -1;
            for (int i = 0; i < variants.size(); i++) {
                if (!week.isSafeByRules(variants.get(i)) || (activeSafe && variants.get(i).countsToward().isEmpty())) {
                    continue;
                }
                if (variants.get(i).level() >= entryLevel) {
                    chosen = i;
                    break;
                }
                chosen = i; // all safe ones so far are below the entry level: the hardest of them
            }
            if (chosen < 0) {
                return null;
            }
            variant = chosen;
            dose = 0;
            steps = 0;
            weeksSinceStep = 0;
            return new LadderStep(variants.get(variant), doses.get(variant).get(0), 0, null);
        }

        private boolean purposeAsked(PlanWeek week) {
            boolean countsTowardTarget = false;
            for (Exercise e : family.variants()) {
                for (Category c : e.countsToward()) {
                    if (week.targets(c)) {
                        return true;
                    }
                    countsTowardTarget |= protocolTargets(week, c);
                }
            }
            return !countsTowardTarget;
        }

        /** Whether any phase of the protocol sets a target for the category. */
        private static boolean protocolTargets(PlanWeek week, Category category) {
            return week.protocol().phases().stream().anyMatch(p ->
                    p.sessionTargets().stream().anyMatch(t -> t.category() == category)
                            || p.weeklyTargets().stream().anyMatch(t -> t.category() == category));
        }

        /** The current variant is no longer safe: the hardest easier one that is, at the top of its dose range. */
        private LadderStep stepBack(PlanWeek week, Exercise current) {
            int broken = week.rulesBrokenBy(current);
            SafetyRule reason = java.util.Arrays.stream(SafetyRule.values())
                    .filter(r -> (broken & (1 << r.ordinal())) != 0).findFirst().orElse(null);
            for (int i = variant - 1; i >= 0; i--) {
                if (week.isSafeByRules(family.variants().get(i))) {
                    variant = i;
                    dose = doses.get(i).size() - 1;
                    weeksSinceStep = 0;
                    return new LadderStep(family.variants().get(i), doses.get(i).get(dose), steps, reason);
                }
            }
            return null; // nothing easier is safe this week: the family pauses where it stands
        }
    }
}
