package org.rehabplan.quality;

import java.util.List;
import java.util.Set;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.plan.PlanResult;

/**
 * The one place where the report reads what the planner states beside the sessions: a week's stated step-back
 * reasons and homework, and what an exercise counts toward and how long a repetition and a rest take. The analyser
 * sees only the small records below, so a change in the planner's model is adapted here.
 */
final class PlanReading {

    /** A week's stated reason for stepping a category back (pain rose, a restriction, not tolerated…). */
    record StepBackReason(Category category, String exerciseId, String code) {
    }

    /** Practice outside the timed sessions, e.g. a walk: {@code minutes} a day on {@code days} days. */
    record Homework(String exerciseId, Category category, int minutes, int days) {
        int weeklyMinutes() {
            return minutes * days;
        }
    }

    /** A plan week with what the report reads beside the sessions. */
    record WeekView(PlanResult.WeekPlan plan, List<Homework> homework, List<StepBackReason> stepBackReasons) {
        WeekView {
            homework = List.copyOf(homework);
            stepBackReasons = List.copyOf(stepBackReasons);
        }

        boolean hasReasonFor(Category category) {
            return stepBackReasons.stream().anyMatch(r -> r.category() == category);
        }
    }

    private PlanReading() {
    }

    static List<WeekView> weeks(PlanResult plan) {
        return plan.weeks().stream().map(PlanReading::week).toList();
    }

    static WeekView week(PlanResult.WeekPlan week) {
        return new WeekView(week,
                week.homework().stream().map(h -> new Homework(h.exerciseId(), h.category(), h.minutes(), h.days()))
                        .toList(),
                week.stepBackReasons().stream().map(r -> new StepBackReason(r.category(), r.exerciseId(), r.code()))
                        .toList());
    }

    /** Passive and education items count toward nothing. */
    static Set<Category> countsToward(Exercise exercise) {
        return exercise.countsToward();
    }

    /** Seconds per repetition from the catalog, {@code fallback} where the catalog gives none. */
    static double tempoSeconds(Exercise exercise, double fallback) {
        return exercise.tempoSeconds() == null ? fallback : exercise.tempoSeconds();
    }

    /** Rest between sets from the catalog, {@code fallback} where the catalog gives none. */
    static double restSeconds(Exercise exercise, double fallback) {
        return exercise.restSeconds() == null ? fallback : exercise.restSeconds();
    }
}
