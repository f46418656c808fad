package org.rehabplan.planning.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabplan.base.Reason;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.plan.PlanResult.StepBack;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.LadderStep;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.model.SafetyRule;
import org.rehabplan.planning.model.Slot;

/**
 * Why a family gets easier or leaves the plan from one week to the next, when a safety rule made it: the current
 * variant broke a rule that week (pain rose at a visit, a restriction started, the therapist excluded it or it was
 * not tolerated), so the family stepped back to an easier variant or paused. Read off the ladder, never guessed.
 */
public final class StepBacks {

    private StepBacks() {
    }

    static Map<PlanWeek, List<StepBack>> of(ExercisePlan plan) {
        Map<PlanWeek, List<StepBack>> result = new LinkedHashMap<>();
        Map<Integer, Map<String, Exercise>> usedByWeek = new HashMap<>();
        for (Slot slot : plan.getSlots()) {
            if (slot.getExercise() != null) {
                usedByWeek.computeIfAbsent(slot.getWeek().index(), w -> new LinkedHashMap<>())
                        .putIfAbsent(slot.info().family(), slot.getExercise());
            }
        }
        for (PlanWeek week : plan.getWeeks()) {
            Map<String, Exercise> before = usedByWeek.getOrDefault(week.index() - 1, Map.of());
            List<StepBack> reasons = new ArrayList<>();
            for (Map.Entry<String, Exercise> used : before.entrySet()) {
                LadderStep step = week.ladder().get(used.getKey());
                Exercise last = used.getValue();
                Exercise now = usedByWeek.getOrDefault(week.index(), Map.of()).get(used.getKey());
                if (now != null && !now.id().equals(last.id()) && now.level() >= last.level()
                        && (step == null || step.steppedBackFor() == null)) {
                    reasons.add(new StepBack(last.category(), now.id(), NEXT_VARIANT, Reason.of(NEXT_VARIANT,
                            week.index(), now.id(), "fromExercise", last.id(),
                            "harder", now.level() > last.level() ? 1 : 0)));
                } else if (step != null && step.steppedBackFor() != null) {
                    reasons.add(new StepBack(last.category(), step.exercise().id(), step.steppedBackFor().name(),
                            Reason.of(REPLACES, week.index(), step.exercise().id(), "fromExercise", last.id(),
                                    "because", step.steppedBackFor().reason(last, week))));
                } else if (step == null && !week.isSafeByRules(last)) {
                    SafetyRule rule = firstBroken(week, last);
                    reasons.add(new StepBack(last.category(), last.id(), rule.name(),
                            Reason.of(PAUSES, week.index(), last.id(), "because", rule.reason(last, week))));
                } else if (now == null && last.countsToward().stream().noneMatch(week::targets)) {
                    reasons.add(new StepBack(last.category(), last.id(), NOT_ASKED, Reason.of(NOT_ASKED,
                            week.index(), last.id(), "phase", week.phase().name())));
                } else if (!phaseChanged(plan, week) && sessions(plan, week, used.getKey())
                        < sessions(plan, previous(plan, week), used.getKey())
                        && sessionsWithoutAreFull(plan, week, used.getKey())) {
                    reasons.add(new StepBack(last.category(), last.id(), SESSION_FULL, Reason.of(SESSION_FULL,
                            week.index(), last.id())));
                } else if (phaseChanged(plan, week) && sessions(plan, week, used.getKey())
                        < sessions(plan, previous(plan, week), used.getKey())) {
                    reasons.add(new StepBack(last.category(), last.id(), PHASE_CHANGE, Reason.of(PHASE_CHANGE,
                            week.index(), last.id(), "ends", now == null ? 1 : 0,
                            "previousPhase", previous(plan, week).phase().name(), "phase", week.phase().name())));
                }
            }
            if (!reasons.isEmpty()) {
                result.put(week, reasons);
            }
        }
        return result;
    }

    /** Code of a family moving on to its next variant of the same level (a new position, started lower in its range). */
    public static final String NEXT_VARIANT = "NEXT_VARIANT";

    /** Code of a family stepping back to an easier variant because a safety rule rules the current one out. */
    public static final String REPLACES = "STEP_BACK_REPLACES";

    /** Code of a family pausing because a safety rule rules its current variant out and no easier one is safe. */
    static final String PAUSES = "STEP_BACK_PAUSES";

    /** Code of a step back where the new phase's targets take the session time an exercise had. */
    public static final String PHASE_CHANGE = "PHASE_CHANGE";

    /** Code of an extra exercise leaving the plan because the phase asks for nothing it trains. */
    public static final String NOT_ASKED = "NOT_ASKED";

    /** Code of a family done in fewer sessions because the sessions without it have no room left. */
    public static final String SESSION_FULL = "SESSION_FULL";

    /**
     * Whether every session of the week without the family is full: it holds the protocol's cap of exercises, or the
     * family's current dose would not fit its minutes.
     */
    private static boolean sessionsWithoutAreFull(ExercisePlan plan, PlanWeek week, String family) {
        LadderStep step = week.ladder().get(family);
        int needed = step == null ? 0 : step.dose().durationMinutes();
        int cap = plan.getProtocol().maxExercisesPerSession();
        return plan.getSessions().stream().filter(session -> session.week() == week).allMatch(session -> {
            List<Slot> slots = plan.getSlots().stream().filter(s -> s.getSession() == session).toList();
            boolean has = slots.stream().anyMatch(s -> s.getExercise() != null && s.info().family().equals(family));
            int filled = (int) slots.stream().filter(s -> s.getExercise() != null).count();
            int minutes = slots.stream().mapToInt(Slot::getMinutes).sum();
            return has || filled >= cap || minutes + needed > session.minutesBudget();
        });
    }

    /** Sessions of a week that hold the family. */
    private static long sessions(ExercisePlan plan, PlanWeek week, String family) {
        return plan.getSlots().stream().filter(s -> s.getWeek() == week && s.getExercise() != null
                && s.info().family().equals(family)).map(Slot::getSession).distinct().count();
    }

    private static boolean phaseChanged(ExercisePlan plan, PlanWeek week) {
        PlanWeek before = previous(plan, week);
        return before != null && before.phase() != week.phase();
    }

    private static PlanWeek previous(ExercisePlan plan, PlanWeek week) {
        return week.index() >= 2 ? plan.getWeeks().get(week.index() - 2) : null;
    }

    private static SafetyRule firstBroken(PlanWeek week, Exercise exercise) {
        int broken = week.rulesBrokenBy(exercise);
        for (SafetyRule rule : SafetyRule.values()) {
            if ((broken & (1 << rule.ordinal())) != 0) {
                return rule;
            }
        }
        throw new IllegalStateException(exercise.id() + " breaks no rule in " + week);
    }
}
