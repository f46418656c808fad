package org.rehabplan.planning.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabplan.base.Reason;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.model.SafetyRule;

/**
 * Why an exercise can't be scheduled, said once per reason with the plan weeks it holds in ({@code IN_WEEKS}: "Weeks
 * 1–3: …", {@code EVERY_WEEK}: "Every week: …") rather than once per week.
 */
final class WeeklyReasons {

    static final String EVERY_WEEK = "EVERY_WEEK";
    static final String IN_WEEKS = "IN_WEEKS";

    private WeeklyReasons() {
    }

    static List<Reason> against(Exercise exercise, List<PlanWeek> weeks) {
        Map<Reason, List<Integer>> weeksByReason = new LinkedHashMap<>();
        for (PlanWeek week : weeks) {
            for (Reason reason : SafetyRule.reasonsAgainst(exercise, week)) {
                weeksByReason.computeIfAbsent(reason.withoutWeek(), r -> new ArrayList<>()).add(week.index());
            }
        }
        return weeksByReason.entrySet().stream().map(e -> e.getValue().size() == weeks.size()
                ? Reason.of(EVERY_WEEK, null, exercise.id(), "because", e.getKey())
                : Reason.of(IN_WEEKS, null, exercise.id(), "weeks", e.getValue(), "because", e.getKey())).toList();
    }
}
