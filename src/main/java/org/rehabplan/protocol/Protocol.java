package org.rehabplan.protocol;

import java.util.List;

/** A condition's rehabilitation protocol, read from {@code exercises/protocols/*.json}. */
public record Protocol(
        String id,
        String name,
        String description,
        int maxExercisesPerSession,
        int doseRampWeeks,
        List<PainCap> painCaps,
        List<Restriction> defaultRestrictions,
        List<Phase> phases,
        List<String> sources) {

    public Protocol {
        painCaps = painCaps == null ? List.of() : List.copyOf(painCaps);
        defaultRestrictions = defaultRestrictions == null ? List.of() : List.copyOf(defaultRestrictions);
        phases = List.copyOf(phases);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The phase for a week; weeks past the last phase's end stay in the last phase. */
    public Phase phaseAt(int weeksAfterProcedure) {
        return phases.stream().filter(p -> p.contains(weeksAfterProcedure)).findFirst()
                .orElse(phases.getLast());
    }

    /** The highest level the pain score allows (5 when no cap applies). */
    public int levelCapForPain(int painLevel) {
        return painCaps.stream().filter(c -> painLevel >= c.minPain())
                .mapToInt(PainCap::maxLevel).min().orElse(5);
    }

    /** Default restrictions still in force for a patient {@code weeksAfterProcedure} weeks out. */
    public List<Restriction> defaultRestrictionsFrom(int weeksAfterProcedure) {
        return defaultRestrictions.stream()
                .filter(r -> r.untilWeek() == null || r.untilWeek() > weeksAfterProcedure).toList();
    }
}
