package org.rehabplan.planning;

import org.rehabplan.plan.PlanResult;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.constraint.Indictment;
import org.rehabplan.base.Numbers;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.plan.PlanResult.ConstraintSummary;
import org.rehabplan.plan.PlanResult.ExcludedExercise;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.SessionPlan;
import org.rehabplan.plan.PlanResult.WeekPlan;
import org.rehabplan.protocol.CategoryTarget;
import org.rehabplan.protocol.Restriction;

/** Turns a solved {@link ExercisePlan} (and, when given, its score explanation) into a {@link PlanResult}. */
final class PlanAssembler {

    private static final int MAX_MATCHES_SHOWN = 50;

    private PlanAssembler() {
    }

    static PlanResult assemble(ExercisePlan plan, ScoreExplanation<ExercisePlan, HardMediumSoftScore> explanation) {
        HardMediumSoftScore score = plan.getScore();
        boolean feasible = score != null && score.isFeasible();
        Map<Object, Indictment<HardMediumSoftScore>> indictments =
                explanation == null ? Map.of() : explanation.getIndictmentMap();
        List<WeekPlan> weeks = new ArrayList<>();
        Map<PlanWeek, List<PlanResult.Homework>> homework = HomeworkPlanner.plan(plan);
        Map<PlanWeek, List<PlanResult.StepBack>> stepBacks = StepBacks.of(plan);
        Map<Session, List<Slot>> bySession = plan.getSlots().stream()
                .filter(s -> s.getExercise() != null)
                .collect(Collectors.groupingBy(Slot::getSession, LinkedHashMap::new, Collectors.toList()));
        for (PlanWeek week : plan.getWeeks()) {
            List<SessionPlan> sessions = new ArrayList<>();
            for (Session session : plan.getSessions()) {
                if (session.week() != week) {
                    continue;
                }
                List<ScheduledExercise> exercises = new ArrayList<>();
                List<Slot> slots = bySession.getOrDefault(session, List.of()).stream()
                        .sorted(Comparator.comparing((Slot s) -> s.getExercise().category())
                                .thenComparing(Slot::getPosition)).toList();
                int warmUpMinutes = 0;
                Exercise warmUp = session.warmUpMinutes() > 0 ? WarmUp.exerciseFor(week, plan.getExercises()) : null;
                if (warmUp != null && !slots.isEmpty()) {
                    warmUpMinutes = session.warmUpMinutes();
                    exercises.add(WarmUp.scheduled(warmUp, warmUpMinutes));
                }
                for (Slot slot : slots) {
                    exercises.add(scheduled(slot, indictments.get(slot)));
                }
                sessions.add(new SessionPlan(session.number(), session.day(), session.date(),
                        warmUpMinutes + slots.stream().mapToInt(Slot::getMinutes).sum(), exercises));
            }
            weeks.add(new WeekPlan(week.index(), week.weeksAfterProcedure(), week.phase().name(), week.start(),
                    week.activeRestrictions().stream().map(r -> describe(r, week.protocol())).toList(), sessions,
                    homework.get(week), stepBacks.getOrDefault(week, List.of())));
        }
        List<ConstraintSummary> summary = explanation == null ? List.of() : summarise(explanation);
        List<String> conflicts = feasible ? List.of() : ConflictAnalysis.conflicts(plan, explanation);
        return new PlanResult(plan.getProfile().patientRef(), plan.getProfile().planStart(), feasible,
                score == null ? null : score.toString(), plan.getProtocol().id(), weeks, excluded(plan, inUse(weeks)),
                summary,
                conflicts, alerts(plan), removedDefaults(plan));
    }

    /** The protocol's red flags raised by a week's pain, each said once from the first week it holds. */
    static List<PlanResult.Alert> alerts(ExercisePlan plan) {
        Map<String, PlanResult.Alert> alerts = new LinkedHashMap<>();
        for (PlanWeek week : plan.getWeeks()) {
            int pain = week.profile().painLevel();
            for (String code : week.protocol().redFlagsAt(pain, week.weeksAfterProcedure())) {
                alerts.putIfAbsent(code, new PlanResult.Alert(code, week.index(), pain, week.weeksAfterProcedure(),
                        AlertTexts.message(code, pain, week.weeksAfterProcedure(), week.protocol().weeksAfter())));
            }
        }
        return List.copyOf(alerts.values());
    }

    /** The protocol's default restrictions, still due at the plan's start, that the patient's profile leaves out. */
    static List<String> removedDefaults(ExercisePlan plan) {
        int from = plan.getWeeks().isEmpty() ? 0 : plan.getWeeks().getFirst().weeksAfterProcedure();
        return plan.getProtocol().removedDefaults(plan.getProfile().restrictions(), from).stream()
                .map(r -> describe(r, plan.getProtocol())).toList();
    }

    /** A restriction in words, its end counted from the protocol's anchor event. */
    private static String describe(Restriction r, org.rehabplan.protocol.Protocol protocol) {
        return r.describe(id -> "'" + id + "'", protocol.weeksAfter());
    }

    private static ScheduledExercise scheduled(Slot slot, Indictment<HardMediumSoftScore> indictment) {
        Exercise e = slot.getExercise();
        Prescription dose = slot.getWeek().prescription(e);
        return new ScheduledExercise(e.id(), e.name(), e.category(), e.level(), dose.sets(), dose.reps(),
                dose.holdSeconds(), dose.durationMinutes(), dose.describe(), lockedByTherapist(slot),
                why(slot, indictment));
    }

    /** Pinned by the therapist's lock, not because its week is history (started, or kept at a follow-up). */
    private static boolean lockedByTherapist(Slot slot) {
        return slot.isPinned() && (!slot.getWeek().isDone() || slot.isLockedInHistory());
    }

    /** Why this exercise is here: the targets it covers, the limits it respects, and what the score says of it. */
    static List<String> why(Slot slot, Indictment<HardMediumSoftScore> indictment) {
        Exercise e = slot.getExercise();
        PlanWeek week = slot.getWeek();
        Set<String> why = new LinkedHashSet<>();
        if (lockedByTherapist(slot)) {
            why.add("Locked: kept as chosen when the plan is re-solved.");
        }
        for (CategoryTarget t : week.phase().sessionTargets()) {
            if (t.category() == e.category()) {
                why.add("Covers the " + week.phase().name() + " phase's " + e.category().label().toLowerCase()
                        + " target for each session.");
            }
        }
        for (CategoryTarget t : week.phase().weeklyTargets()) {
            if (t.category() == e.category()) {
                why.add("Counts towards the " + week.phase().name() + " phase's weekly "
                        + e.category().label().toLowerCase() + " target.");
            }
        }
        why.add("Level " + e.level() + " of " + week.levelCap() + " allowed this week (" + week.phase().name()
                + " phase, pain " + week.profile().painLevel() + "/10).");
        why.add(safeBecause(e, week));
        Prescription dose = week.prescription(e);
        if (!dose.describe().isEmpty()) {
            why.add("Dose this week: " + dose.describe() + " (about " + dose.durationMinutes() + " min).");
        }
        if (indictment != null) {
            for (ConstraintMatch<HardMediumSoftScore> match : indictment.getConstraintMatchSet()) {
                if (match.getJustification() instanceof Justifications.Sentence sentence
) {
                    String prefix = match.getScore().hardScore() < 0 ? "UNSAFE: "
                            : match.getScore().mediumScore() < 0 ? "Prescription: " : "";
                    why.add(prefix + sentence.description() + ".");
                }
            }
        }
        return List.copyOf(why);
    }

    private static String safeBecause(Exercise e, PlanWeek week) {
        List<String> parts = new ArrayList<>();
        Set<String> restricted = new HashSet<>();
        for (Restriction r : week.activeRestrictions()) {
            switch (r.type()) {
                case NO_SPINAL_FLEXION -> restricted.add("no bending");
                case NO_SPINAL_ROTATION -> restricted.add("no twisting");
                case NO_SIDE_BENDING -> restricted.add("no side bending");
                case NO_IMPACT -> restricted.add("no impact");
                case NO_OVERHEAD_LOAD -> restricted.add("nothing overhead");
                case NO_PRONE -> restricted.add("not on the stomach");
                default -> { }
            }
        }
        if (!restricted.isEmpty()) {
            parts.add("respects " + restricted.stream().sorted().collect(Collectors.joining(", ")));
        }
        week.activeRestrictions().stream().filter(r -> r.maxKg() != null).mapToDouble(Restriction::maxKg).min()
                .ifPresent(max -> parts.add("lifts " + Numbers.plain(e.externalLoadKg()) + " kg (limit "
                        + Numbers.plain(max) + " kg)"));
        parts.add(e.equipment().isEmpty() ? "needs no equipment"
                : "needs only " + e.equipment().stream().map(q -> q.label().toLowerCase()).sorted()
                .collect(Collectors.joining(", ")));
        parts.add(e.balanceDemand().name().toLowerCase() + " balance demand suits a "
                + week.profile().fallRisk().name().toLowerCase() + " fall risk");
        return "Safe this week: " + String.join("; ", parts) + ".";
    }

    /** Exercises the plan uses anywhere: in sessions, as a warm-up or as homework. */
    private static Set<String> inUse(List<WeekPlan> weeks) {
        Set<String> used = new HashSet<>();
        for (WeekPlan week : weeks) {
            week.sessions().forEach(s -> s.exercises().forEach(e -> used.add(e.exerciseId())));
            week.homework().forEach(h -> used.add(h.exerciseId()));
        }
        return used;
    }

    /** Catalog exercises used nowhere in the plan, each with why. */
    static List<ExcludedExercise> excluded(ExercisePlan plan) {
        return excluded(plan, plan.getSlots().stream().filter(s -> s.getExercise() != null)
                .map(s -> s.getExercise().id()).collect(Collectors.toSet()));
    }

    private static List<ExcludedExercise> excluded(ExercisePlan plan, Set<String> used) {
        List<ExcludedExercise> excluded = new ArrayList<>();
        for (Exercise e : plan.getExercises()) {
            if (used.contains(e.id())) {
                continue;
            }
            List<Integer> safeWeeks = plan.getWeeks().stream()
                    .filter(week -> SafetyRule.isSafe(e, week)).map(PlanWeek::index).toList();
            List<Integer> offered = plan.getWeeks().stream()
                    .filter(week -> week.of(e).onLadder() && week.of(e).safe()).map(PlanWeek::index).toList();
            List<String> reasons = safeWeeks.isEmpty() ? WeeklyReasons.against(e, plan.getWeeks())
                    : offered.isEmpty() ? List.of("Safe in weeks " + ranges(safeWeeks) + " but not its family's step "
                    + "in this plan: the plan climbs each family one variant at a time, starting near the allowed "
                    + "level, and did not reach (or had moved past) this one.")
                    : List.of("Safe and on its family's step in weeks " + ranges(offered) + " but not chosen: other "
                    + "exercises met the phase's targets better within the session time.");
            excluded.add(new ExcludedExercise(e.id(), e.name(), List.copyOf(reasons)));
        }
        return excluded;
    }

    private static List<ConstraintSummary> summarise(ScoreExplanation<ExercisePlan, HardMediumSoftScore> explanation) {
        List<ConstraintSummary> summary = new ArrayList<>();
        Collection<ConstraintMatchTotal<HardMediumSoftScore>> totals =
                explanation.getConstraintMatchTotalMap().values();
        for (ConstraintMatchTotal<HardMediumSoftScore> total : totals) {
            HardMediumSoftScore s = total.getScore();
            if (s.isZero()) {
                continue;
            }
            String level = s.hardScore() != 0 ? "HARD" : s.mediumScore() != 0 ? "MEDIUM" : "SOFT";
            List<String> matches = total.getConstraintMatchSet().stream()
                    .map(ConstraintMatch::getJustification)
                    .filter(j -> j instanceof Justifications.Sentence)
                    .map(j -> ((Justifications.Sentence) j).description())
                    .sorted().limit(MAX_MATCHES_SHOWN).toList();
            summary.add(new ConstraintSummary(total.getConstraintName(), level, s.toString(),
                    total.getConstraintMatchCount(), matches));
        }
        Map<String, Integer> order = Map.of("HARD", 0, "MEDIUM", 1, "SOFT", 2);
        summary.sort(Comparator.comparing((ConstraintSummary c) -> order.get(c.level()))
                .thenComparing(ConstraintSummary::constraint));
        return summary;
    }

    /** "1–3, 6" from [1, 2, 3, 6]. */
    static String ranges(List<Integer> weeks) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < weeks.size()) {
            int j = i;
            while (j + 1 < weeks.size() && weeks.get(j + 1) == weeks.get(j) + 1) {
                j++;
            }
            text.append(text.isEmpty() ? "" : ", ").append(weeks.get(i));
            if (j > i) {
                text.append('–').append(weeks.get(j));
            }
            i = j + 1;
        }
        return text.toString();
    }
}
