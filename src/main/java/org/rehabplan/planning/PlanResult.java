package org.rehabplan.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.rehabplan.catalog.Category;

/**
 * A generated program in the DESIGN.md "Plan" contract: what the REST API returns and the print view renders.
 * {@code conflicts} (extension) names the limits that leave no safe plan when {@code feasible} is false.
 */
public record PlanResult(
        String patientRef,
        LocalDate planStart,
        boolean feasible,
        String score,
        String protocol,
        List<WeekPlan> weeks,
        List<ExcludedExercise> excluded,
        List<ConstraintSummary> explanation,
        List<String> conflicts) {

    public record WeekPlan(int week, int weeksAfterProcedure, String phase, LocalDate start,
                           List<String> restrictions, List<SessionPlan> sessions) {
    }

    public record SessionPlan(int number, DayOfWeek day, LocalDate date, int totalMinutes,
                              List<ScheduledExercise> exercises) {
    }

    public record ScheduledExercise(String exerciseId, String name, Category category, int level, Integer sets,
                                    Integer reps, Integer holdSeconds, Integer minutes, String dose, boolean locked,
                                    List<String> why) {
    }

    public record ExcludedExercise(String exerciseId, String name, List<String> reasons) {
    }

    public record ConstraintSummary(String constraint, String level, String score, int count, List<String> matches) {
    }
}
