package org.rehabplan.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rehabplan.catalog.Category;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PlanResult;

/** Turns tallies into the report's text: one line per plan, the totals and the acceptance block. */
final class QualityReport {

    private QualityReport() {
    }

    static String profile(PatientProfile p) {
        return String.format(Locale.ROOT, "%d wk after, %2d wk x %d x %2d min, pain %d, fall %-8s floor %s prone %s",
                p.weeksAfterProcedure(1), p.planWeeks(), p.sessionsPerWeek(), p.minutesPerSession(), p.painLevel(),
                p.fallRisk(), yes(p.canGetOnFloor()), yes(p.toleratesProne()));
    }

    static String planLine(String ref, PatientProfile profile, QualityTally t) {
        return String.format(Locale.ROOT, "%-34s | %s | back %3d (%d reasoned) | drops %3d | strength %2d/%-2d | "
                        + "balance %2d/%-2d | LT aerobic med %s | passive %s | min!=dose %3d/%-3d | fill %3.0f %% | "
                        + "sit-to-stand %s | safety %d",
                ref + (t.feasiblePlans == 1 ? "" : " (INFEASIBLE)"), profile(profile), t.backwardUnreasoned,
                t.backwardReasoned, t.doseDrops, t.strengthWeeksWithTwoDays, t.strengthWeeks, t.weeksWithBalance,
                t.weeks, t.longTermWeeks == 0 ? "  -" : String.format(Locale.ROOT, "%3.0f",
                        QualityTally.median(t.longTermAerobicMinutes)),
                percent(t.passive, t.scheduled), t.doseTimeMismatches + t.sessionMinuteMismatches,
                t.countedExercises + t.sessions, QualityTally.median(t.sessionFillPercent), t.sitToStandSafePlans == 0 ? "n/a" : yes(t.sitToStandPlans == 1),
                t.safetyViolations);
    }

    static List<String> totals(QualityTally t) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "plans %d (%d feasible; the measures below are over those), %d weeks, "
                + "%d sessions, %d scheduled exercises", t.plans, t.feasiblePlans, t.weeks, t.sessions, t.scheduled));
        lines.add(String.format(Locale.ROOT, "backward steps: %d of %d category week-to-week steps (%s): %d WITHOUT a "
                        + "stated reason, %d with one; top level fell %d, weekly volume fell %d, category dropped %d "
                        + "(not counted: %d moves to a harder variant at a lower volume)",
                t.backwardSteps(), t.categoryStepPairs, percent(t.backwardSteps(), t.categoryStepPairs),
                t.backwardUnreasoned, t.backwardReasoned, t.levelFalls, t.volumeFalls, t.categoryDropped,
                t.harderVariantAtLowerVolume));
        lines.add(String.format(Locale.ROOT, "dose drops: %d of %d same-exercise week-to-week steps (%s)",
                t.doseDrops, t.doseStepPairs, percent(t.doseDrops, t.doseStepPairs)));
        lines.add("weekly minutes per category (sessions + homework) against the phase's weekly targets:");
        lines.add(String.format(Locale.ROOT, "  %-20s %14s %14s %10s", "category", "median min/wk", "weeks w/ target",
                "met"));
        for (Category c : Category.values()) {
            QualityTally.CategoryWeeks w = t.categories.get(c);
            if (w == null) {
                continue;
            }
            lines.add(String.format(Locale.ROOT, "  %-20s %14.1f %14d %10s", c, QualityTally.median(w.minutes),
                    w.targetWeeks, w.targetWeeks == 0 ? "-" : percent(w.targetMet, w.targetWeeks)));
        }
        lines.add(String.format(Locale.ROOT, "aerobic, long-term weeks (>= %d wk after): median %.1f min/week incl. "
                        + "homework; %d of %d weeks reach %d (%s)", PlanAnalyser.LONG_TERM_FROM_WEEK,
                QualityTally.median(t.longTermAerobicMinutes), t.longTermWeeksReaching150, t.longTermWeeks,
                PlanAnalyser.AEROBIC_MINUTES_PER_WEEK, percent(t.longTermWeeksReaching150, t.longTermWeeks)));
        lines.add(String.format(Locale.ROOT, "strength days (extensor + legs in one session), weeks >= %d wk after "
                        + "with >= 2 sessions: %d of %d weeks have >= 2 (%s); %d have two at least 2 days apart (%s)",
                PlanAnalyser.STRENGTH_FROM_WEEK, t.strengthWeeksWithTwoDays, t.strengthWeeks,
                percent(t.strengthWeeksWithTwoDays, t.strengthWeeks), t.strengthWeeksWithTwoSpacedDays,
                percent(t.strengthWeeksWithTwoSpacedDays, t.strengthWeeks)));
        lines.add(String.format(Locale.ROOT, "balance: %d of %d weeks have some (%s); median %.1f min/week from "
                        + "week %d after the procedure", t.weeksWithBalance, t.weeks, percent(t.weeksWithBalance, t.weeks),
                QualityTally.median(t.balanceMinutesFromWeek6), PlanAnalyser.BALANCE_MINUTES_FROM_WEEK));
        lines.add(String.format(Locale.ROOT, "passive items (count toward no category): %d of %d scheduled (%s)",
                t.passive, t.scheduled, percent(t.passive, t.scheduled)));
        lines.add(String.format(Locale.ROOT, "minutes: %d of %d sessions list a total that is not the sum of their "
                        + "exercises; %d of %d counted exercises list minutes off the time of their dose; listed / "
                        + "dose time = %.2f x", t.sessionMinuteMismatches, t.sessions, t.doseTimeMismatches,
                t.countedExercises, t.doseCountedMinutes == 0 ? Double.NaN
                        : t.listedCountedMinutes / t.doseCountedMinutes));
        lines.add(String.format(Locale.ROOT, "session time used: median %.0f %% of the patient's minutes per "
                        + "session; %d of %d sessions use less than half (%s)", QualityTally.median(t.sessionFillPercent),
                t.sessionsUnderHalfFull, t.sessions, percent(t.sessionsUnderHalfFull, t.sessions)));
        lines.add(String.format(Locale.ROOT, "sit-to-stand: in %d of %d plans where one is safe (%s)",
                t.sitToStandPlans, t.sitToStandSafePlans, percent(t.sitToStandPlans, t.sitToStandSafePlans)));
        lines.add(String.format(Locale.ROOT, "red flags: %d plans have pain >= %d within %d weeks of the procedure, "
                        + "%d of them carry an alert; %d other plans carry one", t.redFlagPlans,
                PlanAnalyser.RED_FLAG_PAIN, PlanAnalyser.RED_FLAG_WEEKS, t.redFlagPlansAlerted,
                t.alertsWithoutRedFlag));
        lines.add(String.format(Locale.ROOT, "safety: %d hard-limit violations (independent check)", t.safetyViolations));
        return lines;
    }

    static List<String> acceptance(QualityTally t) {
        List<String> lines = new ArrayList<>();
        lines.add("ACCEPTANCE");
        lines.add(check(t.backwardUnreasoned == 0, "no backward step without a stated reason",
                t.backwardUnreasoned + " unreasoned"));
        lines.add(check(t.strengthWeeksWithTwoDays == t.strengthWeeks,
                ">= 2 strength days (weeks >= 2 wk after, >= 2 sessions)",
                (t.strengthWeeks - t.strengthWeeksWithTwoDays) + " of " + t.strengthWeeks + " weeks short"));
        lines.add(check(t.weeksWithBalance == t.weeks, "balance every week",
                (t.weeks - t.weeksWithBalance) + " of " + t.weeks + " weeks without"));
        lines.add(check(t.longTermWeeksReaching150 == t.longTermWeeks,
                "long-term weeks >= 150 aerobic min incl. homework",
                (t.longTermWeeks - t.longTermWeeksReaching150) + " of " + t.longTermWeeks + " weeks short"));
        lines.add(check(t.sessionMinuteMismatches == 0 && t.doseTimeMismatches == 0, "session minutes match doses",
                t.sessionMinuteMismatches + " session totals, " + t.doseTimeMismatches + " exercise times off"));
        lines.add(check(t.safetyViolations == 0, "0 safety violations", t.safetyViolations + " violations"));
        return lines;
    }

    private static String check(boolean pass, String rule, String detail) {
        return String.format(Locale.ROOT, "  %s  %-55s %s", pass ? "PASS" : "FAIL", rule, pass ? "" : "(" + detail + ")");
    }

    /** A plan written out week by week, to read as a physiotherapist would. */
    static List<String> weekByWeek(String ref, List<PlanReading.WeekView> weeks) {
        List<String> lines = new ArrayList<>();
        lines.add(ref);
        for (PlanReading.WeekView week : weeks) {
            PlanResult.WeekPlan w = week.plan();
            lines.add(String.format(Locale.ROOT, "  week %d (%d wk after, %s)", w.week(), w.weeksAfterProcedure(),
                    w.phase()));
            for (PlanResult.SessionPlan s : w.sessions()) {
                lines.add(String.format(Locale.ROOT, "    %s %d min: %s", s.day(), s.totalMinutes(),
                        String.join("; ", s.exercises().stream().map(e -> String.format(Locale.ROOT,
                                "%s L%d %s (%d')", e.exerciseId(), e.level(), e.dose(), e.minutes())).toList())));
            }
            for (PlanReading.Homework h : week.homework()) {
                lines.add(String.format(Locale.ROOT, "    homework: %s %d min x %d days", h.exerciseId(), h.minutes(),
                        h.days()));
            }
            for (PlanReading.StepBackReason r : week.stepBackReasons()) {
                lines.add(String.format(Locale.ROOT, "    step back: %s %s %s", r.category(), r.exerciseId(), r.code()));
            }
        }
        return lines;
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    private static String yes(boolean value) {
        return value ? "yes" : "no";
    }
}
