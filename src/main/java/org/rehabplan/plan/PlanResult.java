package org.rehabplan.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.rehabplan.catalog.Category;

/**
 * A generated program in the DESIGN.md "Plan" contract: what the REST API returns and the print view renders.
 * {@code conflicts} (extension) names the limits that leave no safe plan when {@code feasible} is false;
 * {@code alerts} are red flags for the therapist (e.g. refer back before progressing); {@code removedDefaults} are
 * the protocol's default restrictions that are not in force for this patient.
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
        List<String> conflicts,
        List<Alert> alerts,
        List<String> removedDefaults) {

    public PlanResult {
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
        removedDefaults = removedDefaults == null ? List.of() : List.copyOf(removedDefaults);
    }

    public PlanResult(String patientRef, LocalDate planStart, boolean feasible, String score, String protocol,
                      List<WeekPlan> weeks, List<ExcludedExercise> excluded, List<ConstraintSummary> explanation,
                      List<String> conflicts) {
        this(patientRef, planStart, feasible, score, protocol, weeks, excluded, explanation, conflicts, List.of(),
                List.of());
    }

    /**
     * One plan week. {@code homework}: practice outside the timed sessions (daily walks, balance practice);
     * {@code stepBackReasons}: why a category gets easier or smaller than the week before, when it does.
     */
    public record WeekPlan(int week, int weeksAfterProcedure, String phase, LocalDate start,
                           List<String> restrictions, List<SessionPlan> sessions, List<Homework> homework,
                           List<StepBack> stepBackReasons) {

        public WeekPlan {
            restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
            sessions = sessions == null ? List.of() : List.copyOf(sessions);
            homework = homework == null ? List.of() : List.copyOf(homework);
            stepBackReasons = stepBackReasons == null ? List.of() : List.copyOf(stepBackReasons);
        }

        public WeekPlan(int week, int weeksAfterProcedure, String phase, LocalDate start, List<String> restrictions,
                        List<SessionPlan> sessions) {
            this(week, weeksAfterProcedure, phase, start, restrictions, sessions, List.of(), List.of());
        }
    }

    public record SessionPlan(int number, DayOfWeek day, LocalDate date, int totalMinutes,
                              List<ScheduledExercise> exercises) {
    }

    /** One exercise in a session; {@code warmUp}: the easy walk that opens the session, not one of its exercises. */
    public record ScheduledExercise(String exerciseId, String name, Category category, int level, Integer sets,
                                    Integer reps, Integer holdSeconds, Integer minutes, String dose, boolean locked,
                                    List<String> why, boolean warmUp) {

        public ScheduledExercise(String exerciseId, String name, Category category, int level, Integer sets,
                                 Integer reps, Integer holdSeconds, Integer minutes, String dose, boolean locked,
                                 List<String> why) {
            this(exerciseId, name, category, level, sets, reps, holdSeconds, minutes, dose, locked, why, false);
        }
    }

    /** Practice outside the sessions: {@code minutes} a day on {@code days} days of the week. */
    public record Homework(String exerciseId, String name, Category category, int minutes, int days) {
    }

    /**
     * A category that gets easier or smaller than the week before, and why: {@code code} is the safety rule that made
     * the family step back or pause (e.g. {@code LEVEL_ABOVE_PAIN_CAP} when pain rose at a visit).
     */
    public record StepBack(Category category, String exerciseId, String code, String reason) {
    }

    /** A red flag for the therapist, e.g. {@code REFER_BACK}: pain of 7/10 or more within 6 weeks of the event. */
    public record Alert(String code, int week, int painLevel, int weeksAfterProcedure, String message) {
    }

    public record ExcludedExercise(String exerciseId, String name, List<String> reasons) {
    }

    public record ConstraintSummary(String constraint, String level, String score, int count, List<String> matches) {
    }
}
