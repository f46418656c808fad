package org.rehabplan.quality;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.planning.PlanResult;

/**
 * The one place where the report reads fields the planner is still growing: a week's {@code stepBackReasons} and
 * {@code homework}, and an exercise's {@code countsToward}, {@code tempoSeconds} and {@code restSeconds}. They are
 * read by name, so the report compiles and runs before and after they exist; where one is missing the fallback is
 * stated on each method and printed in the report header ({@link #missingFields}).
 */
final class PlanReading {

    /** A week's stated reason for stepping a category back (pain rose, restriction, not tolerated…). */
    record StepBackReason(Category category, String code) {
    }

    /** A daily item done outside the timed sessions, e.g. a walk: {@code minutes} per day on {@code days} days. */
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
        return plan.weeks().stream().map(w -> new WeekView(w, homework(w), stepBackReasons(w))).toList();
    }

    /** Empty until {@code WeekPlan.stepBackReasons} exists: every backward step then counts as unreasoned. */
    static List<StepBackReason> stepBackReasons(Object week) {
        List<StepBackReason> reasons = new ArrayList<>();
        for (Object item : list(week, "stepBackReasons")) {
            reasons.add(new StepBackReason(category(call(item, "category")), text(call(item, "code"))));
        }
        return reasons;
    }

    /** Empty until {@code WeekPlan.homework} exists. */
    static List<Homework> homework(Object week) {
        List<Homework> homework = new ArrayList<>();
        for (Object item : list(week, "homework")) {
            homework.add(new Homework(text(call(item, "exerciseId")), category(call(item, "category")),
                    number(call(item, "minutes")), number(call(item, "days"))));
        }
        return homework;
    }

    /** {@code Exercise.countsToward()}; until it exists, an exercise counts toward its own category. */
    static Set<Category> countsToward(Exercise exercise) {
        if (!has(exercise, "countsToward")) {
            return EnumSet.of(exercise.category());
        }
        Set<Category> categories = EnumSet.noneOf(Category.class);
        Object value = call(exercise, "countsToward");
        if (value instanceof Iterable<?> items) {
            items.forEach(item -> categories.add(category(item)));
        }
        return categories;
    }

    /** Seconds per repetition from the catalog, or {@code fallback} until {@code Exercise.tempoSeconds} exists. */
    static int tempoSeconds(Exercise exercise, int fallback) {
        Object value = has(exercise, "tempoSeconds") ? call(exercise, "tempoSeconds") : null;
        return value == null ? fallback : number(value);
    }

    /** Rest between sets from the catalog, or {@code fallback} until {@code Exercise.restSeconds} exists. */
    static int restSeconds(Exercise exercise, int fallback) {
        Object value = has(exercise, "restSeconds") ? call(exercise, "restSeconds") : null;
        return value == null ? fallback : number(value);
    }

    /** Names of the growing fields not (yet) present, for the report header. */
    static List<String> missingFields() {
        List<String> missing = new ArrayList<>();
        for (String field : List.of("stepBackReasons", "homework")) {
            if (method(PlanResult.WeekPlan.class, field) == null) {
                missing.add("WeekPlan." + field);
            }
        }
        for (String field : List.of("countsToward", "tempoSeconds", "restSeconds")) {
            if (method(Exercise.class, field) == null) {
                missing.add("Exercise." + field);
            }
        }
        return missing;
    }

    private static List<?> list(Object owner, String name) {
        if (!has(owner, name)) {
            return List.of();
        }
        Object value = call(owner, name);
        return value instanceof List<?> items ? items : List.of();
    }

    private static boolean has(Object owner, String name) {
        return method(owner.getClass(), name) != null;
    }

    private static Method method(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object call(Object owner, String name) {
        Method method = method(owner.getClass(), name);
        if (method == null) {
            throw new IllegalStateException(owner.getClass().getSimpleName() + " has no " + name + "()");
        }
        try {
            return method.invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + name + " of " + owner, e);
        }
    }

    private static Category category(Object value) {
        return value instanceof Category c ? c : Category.valueOf(String.valueOf(value));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
