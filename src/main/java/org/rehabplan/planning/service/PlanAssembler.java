package org.rehabplan.planning.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.constraint.Indictment;
import org.rehabplan.base.Reason;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.plan.PlanResult.ConstraintSummary;
import org.rehabplan.plan.PlanResult.ExcludedExercise;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.SessionPlan;
import org.rehabplan.plan.PlanResult.WeekPlan;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.planning.constraints.Justifications;
import org.rehabplan.planning.constraints.PlanConstraints;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.model.Prescription;
import org.rehabplan.planning.model.SafetyRule;
import org.rehabplan.planning.model.Session;
import org.rehabplan.planning.model.Slot;
import org.rehabplan.planning.model.WarmUp;
import org.rehabplan.protocol.CategoryTarget;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;

/** Turns a solved {@link ExercisePlan} (and, when given, its score explanation) into a {@link PlanResult}. */
public final class PlanAssembler {

    private static final int MAX_MATCHES_SHOWN = 50;

    private PlanAssembler() {
    }

    public static PlanResult assemble(ExercisePlan plan, ScoreExplanation<ExercisePlan, HardMediumSoftScore> explanation) {
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
                    week.activeRestrictions().stream().map(r -> r.asReason(week.protocol().id())).toList(), sessions,
                    homework.get(week), stepBacks.getOrDefault(week, List.of())));
        }
        List<ConstraintSummary> summary = explanation == null ? List.of() : summarise(explanation);
        List<Reason> conflicts = feasible ? List.of() : ConflictAnalysis.conflicts(plan, explanation);
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
                alerts.putIfAbsent(code, new PlanResult.Alert(code, week.index(), pain, week.weeksAfterProcedure()));
            }
        }
        return List.copyOf(alerts.values());
    }

    /** The protocol's default restrictions, still due at the plan's start, that the patient's profile leaves out. */
    static List<Reason> removedDefaults(ExercisePlan plan) {
        int from = plan.getWeeks().isEmpty() ? 0 : plan.getWeeks().getFirst().weeksAfterProcedure();
        return plan.getProtocol().removedDefaults(plan.getProfile().restrictions(), from).stream()
                .map(r -> r.asReason(plan.getProtocol().id())).toList();
    }

    private static ScheduledExercise scheduled(Slot slot, Indictment<HardMediumSoftScore> indictment) {
        Exercise e = slot.getExercise();
        Prescription dose = slot.getWeek().prescription(e);
        return new ScheduledExercise(e.id(), e.name(), e.category(), e.level(), dose.sets(), dose.reps(),
                dose.holdSeconds(), dose.durationMinutes(), dose.describe(), lockedByTherapist(slot),
                why(slot, indictment), false, slot.getWeek().doseEdited(e));
    }

    /** Pinned by the therapist's lock, not because its week is history (started, or kept at a follow-up). */
    private static boolean lockedByTherapist(Slot slot) {
        return slot.isPinned() && (!slot.getWeek().isDone() || slot.isLockedInHistory());
    }

    /** Why this exercise is here: the targets it covers, the limits it respects, and what the score says of it. */
    static List<Reason> why(Slot slot, Indictment<HardMediumSoftScore> indictment) {
        Exercise e = slot.getExercise();
        PlanWeek week = slot.getWeek();
        int w = week.index();
        String phase = week.phase().name();
        Set<Reason> why = new LinkedHashSet<>();
        if (lockedByTherapist(slot)) {
            why.add(Reason.of("LOCKED", w, e.id()));
        }
        for (CategoryTarget t : week.phase().sessionTargets()) {
            if (t.category() == e.category()) {
                why.add(Reason.of("SESSION_TARGET_COVERED", w, e.id(), "phase", phase, "category", e.category()));
            }
        }
        for (CategoryTarget t : week.phase().weeklyTargets()) {
            if (t.category() == e.category()) {
                why.add(Reason.of("WEEKLY_TARGET_COUNTS", w, e.id(), "phase", phase, "category", e.category()));
            }
        }
        why.add(Reason.of("LEVEL_ALLOWED", w, e.id(), "level", e.level(), "maxLevel", week.levelCap(), "phase", phase,
                "pain", week.profile().painLevel()));
        why.add(safeBecause(e, week));
        Prescription dose = week.prescription(e);
        if (week.doseEdited(e)) {
            Prescription planned = week.plannedDose(e);
            why.add(Reason.of("DOSE_EDITED", w, e.id(), "dose", PlanResult.doseParts(dose.sets(), dose.reps(),
                    dose.holdSeconds(), dose.minutes()), "minutes", dose.durationMinutes(), "planned",
                    PlanResult.doseParts(planned.sets(), planned.reps(), planned.holdSeconds(), planned.minutes())));
        } else if (!dose.describe().isEmpty()) {
            why.add(Reason.of("DOSE", w, e.id(), "dose", PlanResult.doseParts(dose.sets(), dose.reps(),
                    dose.holdSeconds(), dose.minutes()), "minutes", dose.durationMinutes()));
        }
        if (indictment != null) {
            for (ConstraintMatch<HardMediumSoftScore> match : indictment.getConstraintMatchSet()) {
                if (match.getJustification() instanceof Justifications.Explained explained) {
                    why.add(match.getScore().hardScore() < 0 ? Reason.of(PlanResult.UNSAFE, w, e.id(), "because", explained.reason())
                            : match.getScore().mediumScore() < 0
                            ? Reason.of("PRESCRIPTION", w, e.id(), "because", explained.reason())
                            : explained.reason());
                }
            }
        }
        return List.copyOf(why);
    }

    private static Reason safeBecause(Exercise e, PlanWeek week) {
        List<Reason> parts = new ArrayList<>();
        Set<RestrictionType> restricted = new TreeSet<>();
        for (Restriction r : week.activeRestrictions()) {
            if (r.type() != RestrictionType.LIFT_LIMIT && r.type() != RestrictionType.EXCLUDE_EXERCISE) {
                restricted.add(r.type());
            }
        }
        if (!restricted.isEmpty()) {
            parts.add(Reason.of("SAFE_RESPECTS", null, null, "restrictions", List.copyOf(restricted)));
        }
        week.activeRestrictions().stream().filter(r -> r.maxKg() != null).mapToDouble(Restriction::maxKg).min()
                .ifPresent(max -> parts.add(Reason.of("SAFE_LOAD", null, null, "kg", e.externalLoadKg(),
                        "maxKg", max)));
        parts.add(e.equipment().isEmpty() ? Reason.of("SAFE_NO_EQUIPMENT")
                : Reason.of("SAFE_EQUIPMENT", null, null, "equipment", e.equipment().stream().sorted().toList()));
        parts.add(Reason.of("SAFE_BALANCE", null, null, "balance", e.balanceDemand(),
                "fallRisk", week.profile().fallRisk()));
        return Reason.of("SAFE_THIS_WEEK", week.index(), e.id(), "parts", parts);
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
            List<Reason> reasons = safeWeeks.isEmpty() ? WeeklyReasons.against(e, plan.getWeeks())
                    : offered.isEmpty() ? List.of(Reason.of("NOT_ON_LADDER", null, e.id(), "weeks", safeWeeks))
                    : List.of(Reason.of("NOT_CHOSEN", null, e.id(), "weeks", offered));
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
            List<Reason> matches = total.getConstraintMatchSet().stream()
                    .map(ConstraintMatch::getJustification)
                    .filter(j -> j instanceof Justifications.Explained)
                    .map(j -> ((Justifications.Explained) j).reason())
                    .sorted(BY_WEEK).limit(MAX_MATCHES_SHOWN).toList();
            summary.add(new ConstraintSummary(total.getConstraintName(),
                    PlanConstraints.code(total.getConstraintName()), level, s.toString(),
                    total.getConstraintMatchCount(), matches));
        }
        Map<String, Integer> order = Map.of("HARD", 0, "MEDIUM", 1, "SOFT", 2);
        summary.sort(Comparator.comparing((ConstraintSummary c) -> order.get(c.level()))
                .thenComparing(ConstraintSummary::constraint));
        return summary;
    }

    /** Matches in plan order: by week, then exercise. */
    private static final Comparator<Reason> BY_WEEK = Comparator
            .comparing((Reason r) -> r.week() == null ? 0 : r.week())
            .thenComparing(r -> r.exerciseId() == null ? "" : r.exerciseId())
            .thenComparing(r -> r.args().toString());
}
