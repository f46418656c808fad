package org.rehabplan.planning.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.rehabplan.base.Reason;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.planning.constraints.Justifications;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.model.SafetyRule;
import org.rehabplan.planning.model.Session;

/** Says, for a plan with no safe solution, which of the patient's limits conflict and how. */
final class ConflictAnalysis {

    private static final int MAX_SENTENCES = 30;

    private ConflictAnalysis() {
    }

    static List<Reason> conflicts(ExercisePlan plan, ScoreExplanation<ExercisePlan, HardMediumSoftScore> explanation) {
        Set<Reason> sentences = new LinkedHashSet<>();
        Set<Integer> weeksDone = new java.util.HashSet<>();
        for (Session session : plan.getSessions()) {
            PlanWeek week = session.week();
            boolean empty = plan.getSlots().stream()
                    .noneMatch(s -> s.getSession() == session && s.getExercise() != null);
            if (empty && weeksDone.add(week.index())) {
                sentences.addAll(whyNothingFits(plan, week, session.minutesBudget()));
            }
        }
        if (explanation != null) {
            for (ConstraintMatchTotal<HardMediumSoftScore> total : explanation.getConstraintMatchTotalMap().values()) {
                if (total.getScore().hardScore() >= 0) {
                    continue;
                }
                for (ConstraintMatch<HardMediumSoftScore> match : total.getConstraintMatchSet()) {
                    if (match.getJustification() instanceof Justifications.Explained s
                            && !(match.getJustification() instanceof Justifications.EmptySession)) {
                        sentences.add(s.reason());
                    }
                }
            }
        }
        return sentences.stream().limit(MAX_SENTENCES).toList();
    }

    /** Which limits rule out the catalog in that week, most restrictive first, and whether time is the problem. */
    static List<Reason> whyNothingFits(ExercisePlan plan, PlanWeek week, int minutesBudget) {
        List<Exercise> candidates = plan.getExercises().stream().filter(e -> !e.isContraindicated()).toList();
        Map<SafetyRule, Integer> ruledOut = new EnumMap<>(SafetyRule.class);
        for (Exercise e : candidates) {
            for (SafetyRule rule : SafetyRule.values()) {
                if (rule.violatedBy(e, week)) {
                    ruledOut.merge(rule, 1, Integer::sum);
                }
            }
        }
        List<Exercise> safe = week.safeExercises();
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of("CONFLICT_SAFE_COUNT", week.index(), null, "safe", safe.size(),
                "total", candidates.size()));
        if (!ruledOut.isEmpty()) {
            reasons.add(Reason.of("CONFLICT_RULED_OUT", week.index(), null, "rules", ruledOut.entrySet().stream()
                    .sorted(Map.Entry.<SafetyRule, Integer>comparingByValue().reversed())
                    .limit(5)
                    .map(entry -> Reason.of("RULED_OUT_BY", null, null, "rule", entry.getKey(),
                            "count", entry.getValue()))
                    .toList()));
        }
        safe.stream().mapToInt(e -> week.prescription(e).durationMinutes()).min().ifPresent(shortest -> {
            if (shortest > minutesBudget) {
                reasons.add(Reason.of("CONFLICT_TOO_SHORT", week.index(), null, "shortest", shortest,
                        "budget", minutesBudget));
            }
        });
        return reasons;
    }
}
