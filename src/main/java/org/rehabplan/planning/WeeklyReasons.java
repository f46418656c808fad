package org.rehabplan.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabplan.catalog.Exercise;

/**
 * Why an exercise can't be scheduled, said once per reason with the plan weeks it holds in ("Weeks 1–3: …",
 * "Every week: …") rather than once per week.
 */
final class WeeklyReasons {

    private WeeklyReasons() {
    }

    static List<String> against(Exercise exercise, List<PlanWeek> weeks) {
        Map<String, List<Integer>> weeksByReason = new LinkedHashMap<>();
        for (PlanWeek week : weeks) {
            for (String reason : SafetyRule.reasonsAgainst(exercise, week)) {
                weeksByReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(week.index());
            }
        }
        return weeksByReason.entrySet().stream().map(e -> prefix(e.getValue(), weeks.size()) + e.getKey()).toList();
    }

    private static String prefix(List<Integer> weeks, int planWeeks) {
        if (weeks.size() == planWeeks) {
            return "Every week: ";
        }
        return (weeks.size() == 1 ? "Week " : "Weeks ") + PlanAssembler.ranges(weeks) + ": ";
    }
}
