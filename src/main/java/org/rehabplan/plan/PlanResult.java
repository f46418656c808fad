package org.rehabplan.plan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.rehabplan.base.Reason;
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
        List<Reason> conflicts,
        List<Alert> alerts,
        List<Reason> removedDefaults) {

    /** Code of a "why" that says the exercise breaks a safety rule where it is (a locked choice the rules forbid). */
    public static final String UNSAFE = "UNSAFE";

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
                      List<Reason> conflicts) {
        this(patientRef, planStart, feasible, score, protocol, weeks, excluded, explanation, conflicts, List.of(),
                List.of());
    }

    /**
     * One plan week. {@code homework}: practice outside the timed sessions (daily walks, balance practice);
     * {@code stepBackReasons}: why a category gets easier or smaller than the week before, when it does.
     */
    public record WeekPlan(int week, int weeksAfterProcedure, String phase, LocalDate start,
                           List<Reason> restrictions, List<SessionPlan> sessions, List<Homework> homework,
                           List<StepBack> stepBackReasons) {

        public WeekPlan {
            restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
            sessions = sessions == null ? List.of() : List.copyOf(sessions);
            homework = homework == null ? List.of() : List.copyOf(homework);
            stepBackReasons = stepBackReasons == null ? List.of() : List.copyOf(stepBackReasons);
        }

        public WeekPlan(int week, int weeksAfterProcedure, String phase, LocalDate start, List<Reason> restrictions,
                        List<SessionPlan> sessions) {
            this(week, weeksAfterProcedure, phase, start, restrictions, sessions, List.of(), List.of());
        }
    }

    public record SessionPlan(int number, DayOfWeek day, LocalDate date, int totalMinutes,
                              List<ScheduledExercise> exercises) {
    }

    /**
     * One exercise in a session; {@code warmUp}: the easy walk that opens the session, not one of its exercises;
     * {@code doseEdited}: the therapist set this week's dose by hand (it replaces the progression's dose); plans saved
     * before doses could be edited have no such field and read as {@code false}. {@code name} and {@code dose} are the
     * English words of the day the plan was made, stored for API clients of old: no reader shows them; each names the
     * exercise from the catalog by {@code exerciseId} and words the dose from the numbers in its reader's language
     * ({@link #withTexts(Function, BiFunction, Function)} for the API).
     */
    public record ScheduledExercise(String exerciseId, String name, Category category, int level, Integer sets,
                                    Integer reps, Integer holdSeconds, Integer minutes, String dose, boolean locked,
                                    List<Reason> why, boolean warmUp, Boolean doseEdited) {

        public ScheduledExercise {
            why = why == null ? List.of() : List.copyOf(why);
            doseEdited = Boolean.TRUE.equals(doseEdited);
        }

        public ScheduledExercise(String exerciseId, String name, Category category, int level, Integer sets,
                                 Integer reps, Integer holdSeconds, Integer minutes, String dose, boolean locked,
                                 List<Reason> why, boolean warmUp) {
            this(exerciseId, name, category, level, sets, reps, holdSeconds, minutes, dose, locked, why, warmUp,
                    false);
        }

        /**
         * The dose as data for the reader's words: sets, reps and hold where the exercise has them, else its minutes
         * ({@code dose} keeps the English words older clients read).
         */
        public Reason doseWords() {
            boolean counted = sets != null || reps != null || holdSeconds != null;
            return Reason.of("DOSE_AMOUNT", null, exerciseId, "dose", doseParts(sets, reps, holdSeconds,
                    counted ? null : minutes));
        }

        public ScheduledExercise(String exerciseId, String name, Category category, int level, Integer sets,
                                 Integer reps, Integer holdSeconds, Integer minutes, String dose, boolean locked,
                                 List<Reason> why) {
            this(exerciseId, name, category, level, sets, reps, holdSeconds, minutes, dose, locked, why, false);
        }
    }

    /**
     * Practice outside the sessions: {@code minutes} a day on {@code days} days of the week ({@code name}: stored
     * English, read only for an exercise the catalog no longer has).
     */
    public record Homework(String exerciseId, String name, Category category, int minutes, int days) {
    }

    /**
     * A category that gets easier or smaller than the week before, and why: {@code code} is the safety rule that made
     * the family step back or pause (e.g. {@code LEVEL_ABOVE_PAIN_CAP} when pain rose at a visit).
     */
    public record StepBack(Category category, String exerciseId, String code, Reason reason) {
    }

    /**
     * A red flag for the therapist, e.g. {@code REFER_BACK}: pain of 7/10 or more within 6 weeks of the event. Plans
     * saved before alerts were data also hold the alert's English {@code message}; it is not read back, the words come
     * from the code.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alert(String code, int week, int painLevel, int weeksAfterProcedure,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

        public Alert(String code, int week, int painLevel, int weeksAfterProcedure) {
            this(code, week, painLevel, weeksAfterProcedure, null);
        }

        /** The alert as a reason: the bundle key {@code reason.<code>} words it with the pain and the weeks. */
        public Reason reason() {
            return Reason.of(code, week, null, "pain", painLevel, "weeksAfter", weeksAfterProcedure);
        }
    }

    public record ExcludedExercise(String exerciseId, String name, List<Reason> reasons) {

        public ExcludedExercise {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    /**
     * A constraint's share of the score: {@code constraint} its name, {@code code} the key of its title in the reader's
     * language ({@code constraint.<code>}; absent in plans saved before), {@code matches} why it matched.
     */
    public record ConstraintSummary(String constraint, String code, String level, String score, int count,
                                    List<Reason> matches) {

        public ConstraintSummary {
            matches = matches == null ? List.of() : List.copyOf(matches);
        }
    }

    /** The parts a dose has: sets × reps (or reps, or sets), the hold, the minutes. */
    public static List<Reason> doseParts(Integer sets, Integer reps, Integer holdSeconds, Integer minutes) {
        List<Reason> parts = new ArrayList<>();
        if (sets != null && reps != null) {
            parts.add(Reason.of("DOSE_SETS_REPS", null, null, "sets", sets, "reps", reps));
        } else if (reps != null) {
            parts.add(Reason.of("DOSE_REPS", null, null, "reps", reps));
        } else if (sets != null) {
            parts.add(Reason.of("DOSE_SETS", null, null, "sets", sets));
        }
        if (holdSeconds != null) {
            parts.add(Reason.of("DOSE_HOLD", null, null, "seconds", holdSeconds));
        }
        if (minutes != null) {
            parts.add(Reason.of("DOSE_MINUTES", null, null, "minutes", minutes));
        }
        return parts;
    }

    /**
     * The same plan in a reader's words: every reason given its {@link Reason#text()}, every exercise's {@code name}
     * from {@code names} (exercise id and the stored name, which is only the fallback for an id the catalog lost) and
     * every scheduled {@code dose} from {@code doses} (worded from the numbers). The stored English is never what a
     * reader gets when the id resolves.
     */
    public PlanResult withTexts(Function<Reason, String> words, BiFunction<String, String, String> names,
                                Function<ScheduledExercise, String> doses) {
        UnaryOperator<Reason> text = r -> r.withText(words.apply(r));
        return new PlanResult(patientRef, planStart, feasible, score, protocol, weeks.stream().map(w -> new WeekPlan(
                w.week(), w.weeksAfterProcedure(), w.phase(), w.start(), w.restrictions().stream().map(text).toList(),
                w.sessions().stream().map(s -> new SessionPlan(s.number(), s.day(), s.date(), s.totalMinutes(),
                        s.exercises().stream().map(e -> new ScheduledExercise(e.exerciseId(),
                                names.apply(e.exerciseId(), e.name()), e.category(), e.level(), e.sets(), e.reps(),
                                e.holdSeconds(), e.minutes(), doses.apply(e), e.locked(),
                                e.why().stream().map(text).toList(), e.warmUp(), e.doseEdited())).toList())).toList(),
                w.homework().stream().map(h -> new Homework(h.exerciseId(), names.apply(h.exerciseId(), h.name()),
                        h.category(), h.minutes(), h.days())).toList(),
                w.stepBackReasons().stream().map(b -> new StepBack(b.category(), b.exerciseId(),
                        b.code(), b.reason() == null ? null : text.apply(b.reason()))).toList())).toList(),
                excluded.stream().map(x -> new ExcludedExercise(x.exerciseId(), names.apply(x.exerciseId(), x.name()),
                        x.reasons().stream().map(text).toList())).toList(),
                explanation.stream().map(c -> new ConstraintSummary(c.constraint(), c.code(), c.level(), c.score(),
                        c.count(), c.matches().stream().map(text).toList())).toList(),
                conflicts.stream().map(text).toList(), alerts.stream().map(a -> new Alert(a.code(), a.week(),
                        a.painLevel(), a.weeksAfterProcedure(), words.apply(a.reason()))).toList(),
                removedDefaults.stream().map(text).toList());
    }
}
