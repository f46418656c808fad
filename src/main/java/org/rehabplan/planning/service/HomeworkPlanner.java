package org.rehabplan.planning.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.plan.PlanResult.Homework;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.model.Slot;
import org.rehabplan.protocol.HomeworkTarget;

/**
 * Practice outside the timed sessions that the protocol's phases ask for: a daily walk growing from short bouts to
 * the long-term 150 minutes a week, and balance practice on the days without a session. Minutes a day grow by the
 * phase's weekly share (not at all while pain holds doses), carry across phases (a new phase raises the ceiling and
 * the floor, it never lowers them), and use the exercise the week's sessions already practise where there is one.
 */
final class HomeworkPlanner {

    private HomeworkPlanner() {
    }

    static Map<PlanWeek, List<Homework>> plan(ExercisePlan plan) {
        Map<PlanWeek, List<Homework>> homework = new LinkedHashMap<>();
        plan.getWeeks().forEach(w -> homework.put(w, new ArrayList<>()));
        Map<Category, Integer> perDay = new HashMap<>();
        Map<Category, Integer> weeksSinceIncrease = new HashMap<>();
        Map<Category, Integer> daysBefore = new HashMap<>();
        for (PlanWeek week : plan.getWeeks()) {
            for (HomeworkTarget target : week.phase().homework()) {
                Category category = target.category();
                int minutes = minutes(perDay.get(category), weeksSinceIncrease.getOrDefault(category, 0), target,
                        week.doseStepEveryWeeks());
                weeksSinceIncrease.put(category, Objects.equals(perDay.get(category), minutes)
                        ? weeksSinceIncrease.getOrDefault(category, 0) + 1 : 0);
                perDay.put(category, minutes);
                int sessions = week.profile().effectiveSessionDays().size();
                // daily practice never gets rarer from one phase to the next: fewer days would mean less walking
                int days = target.offSessionDaysOnly() ? Math.min(target.days(), 7 - sessions)
                        : Math.max(target.days(), daysBefore.getOrDefault(category, 0));
                daysBefore.put(category, days);
                Exercise exercise = exerciseFor(plan, week, category);
                if (days > 0 && exercise != null) {
                    homework.get(week).add(new Homework(exercise.id(), exercise.name(), category, minutes, days));
                }
            }
        }
        return homework;
    }

    /** Last week's minutes a day grown by one step when pain allows, kept within this phase's floor and ceiling. */
    private static int minutes(Integer last, int weeksSinceIncrease, HomeworkTarget target, int stepEveryWeeks) {
        if (last == null) {
            return target.minMinutesPerDay();
        }
        int grown = last;
        if (stepEveryWeeks > 0 && weeksSinceIncrease + 1 >= stepEveryWeeks) {
            grown = Math.max(last + 1, (int) Math.ceil(last * (1 + target.weeklyIncrease()) - 1e-9));
        }
        int ceiling = Math.max(target.maxMinutesPerDay(), last);
        return Math.max(target.minMinutesPerDay(), Math.min(grown, ceiling));
    }

    /**
     * The exercise to practise: the one of the category the week's sessions use most, else the hardest safe one that
     * counts toward the category, timed and needing no equipment first (a walk is dosed in minutes and needs nothing).
     */
    private static Exercise exerciseFor(ExercisePlan plan, PlanWeek week, Category category) {
        Map<Exercise, Integer> inSessions = new LinkedHashMap<>();
        for (Slot slot : plan.getSlots()) {
            if (slot.getWeek() == week && slot.getExercise() != null && slot.getExercise().countsToward(category)
                    && slot.getExercise().category() == category) {
                inSessions.merge(slot.getExercise(), 1, Integer::sum);
            }
        }
        if (!inSessions.isEmpty()) {
            return inSessions.entrySet().stream().max(Map.Entry.<Exercise, Integer>comparingByValue()
                    .thenComparing(e -> e.getKey().level())).orElseThrow().getKey();
        }
        return plan.getExercises().stream()
                .filter(e -> e.category() == category && e.countsToward(category) && week.isSafeByRules(e))
                .max(Comparator.comparing(Exercise::isTimed)
                        // everyday practice needs nothing: a walk rather than stairs or a step
                        .thenComparing(e -> e.equipment().isEmpty())
                        .thenComparingInt(Exercise::level)
                        .thenComparing(Comparator.comparing(Exercise::id).reversed()))
                .orElse(null);
    }
}
