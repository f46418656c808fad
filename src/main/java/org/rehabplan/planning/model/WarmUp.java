package org.rehabplan.planning.model;

import java.util.Comparator;
import java.util.List;
import org.rehabplan.base.Reason;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult;

/**
 * The few minutes of easy walking (or marching in the chair when walking is not safe) that open a session, so that
 * strength work starts on warm muscles (ACSM; Too Fit To Fracture sessions begin with a warm-up). It is not one of
 * the session's exercises: the protocol's cap on exercises per session counts what the patient has to learn.
 */
public final class WarmUp {

    private WarmUp() {
    }

    /** The easiest safe timed aerobic exercise of the week, walking before marching; null when there is none. */
    public static Exercise exerciseFor(PlanWeek week, List<Exercise> exercises) {
        return exercises.stream()
                .filter(e -> e.category() == Category.AEROBIC && e.isTimed() && week.isSafeByRules(e))
                .min(Comparator.comparing((Exercise e) -> !e.countsToward(Category.AEROBIC))
                        .thenComparingInt(Exercise::level))
                .orElse(null);
    }

    public static ScheduledExercise scheduled(Exercise exercise, int minutes) {
        return new ScheduledExercise(exercise.id(), exercise.name(), exercise.category(), exercise.level(), null, null,
                null, minutes, minutes + " min", false, List.of(Reason.of("WARM_UP", null, exercise.id(), "minutes", minutes)), true);
    }
}
