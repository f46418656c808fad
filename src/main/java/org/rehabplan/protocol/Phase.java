package org.rehabplan.protocol;

import java.util.List;

/** A stage of recovery, from {@code fromWeek} (inclusive) to {@code toWeek} (exclusive; null = open-ended). */
public record Phase(
        String name,
        int fromWeek,
        Integer toWeek,
        int maxLevel,
        String emphasis,
        List<CategoryTarget> sessionTargets,
        List<CategoryTarget> weeklyTargets,
        List<HomeworkTarget> homework,
        List<String> sources) {

    public Phase {
        sessionTargets = sessionTargets == null ? List.of() : List.copyOf(sessionTargets);
        weeklyTargets = weeklyTargets == null ? List.of() : List.copyOf(weeklyTargets);
        homework = homework == null ? List.of() : List.copyOf(homework);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean contains(int weeksAfterProcedure) {
        return weeksAfterProcedure >= fromWeek && (toWeek == null || weeksAfterProcedure < toWeek);
    }
}
