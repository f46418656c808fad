package org.rehabplan.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rehabplan.catalog.Category;

/**
 * The counts behind the report, for one plan or summed over many ({@link #add}). Plain counters and lists of
 * weekly values, so a total is the same arithmetic as a single plan.
 */
final class QualityTally {

    /** Weekly minutes of one category and, where the phase sets one, whether its weekly target was met. */
    static final class CategoryWeeks {
        final List<Integer> minutes = new ArrayList<>();
        int targetWeeks;
        int targetMet;
    }

    int plans;
    int feasiblePlans;
    int weeks;

    // progression: (category, week w-1 -> w) pairs where the category appears in either week
    int categoryStepPairs;
    int backwardUnreasoned;
    int backwardReasoned;
    int levelFalls;
    int volumeFalls;
    int categoryDropped;
    int harderVariantAtLowerVolume;

    int doseStepPairs;
    int doseDrops;

    final Map<Category, CategoryWeeks> categories = new EnumMap<>(Category.class);
    final List<Integer> longTermAerobicMinutes = new ArrayList<>();
    int longTermWeeks;
    int longTermWeeksReaching150;

    int strengthWeeks;
    int strengthWeeksWithTwoDays;
    int strengthWeeksWithTwoSpacedDays;

    int weeksWithBalance;
    final List<Integer> balanceMinutesFromWeek6 = new ArrayList<>();

    int scheduled;
    int passive;
    /** How often each exercise was scheduled, to see what the plans are made of. */
    final Map<String, Integer> timesScheduled = new TreeMap<>();

    int sessions;
    /** Listed minutes of each session as a percentage of the patient's minutes per session. */
    final List<Integer> sessionFillPercent = new ArrayList<>();
    int sessionsUnderHalfFull;
    int sessionMinuteMismatches;
    int countedExercises;
    int doseTimeMismatches;
    double listedCountedMinutes;
    double doseCountedMinutes;

    int sitToStandSafePlans;
    int sitToStandPlans;

    int safetyViolations;

    int redFlagPlans;
    int redFlagPlansAlerted;
    int alertsWithoutRedFlag;

    /** One line per finding (backward step, dose drop…), "ref week N: what". */
    final List<String> findings = new ArrayList<>();

    /** An infeasible plan in the totals: counted as a plan, for safety and red flags, not for its doses. */
    static QualityTally infeasible(QualityTally plan) {
        QualityTally tally = new QualityTally();
        tally.plans = 1;
        tally.safetyViolations = plan.safetyViolations;
        tally.redFlagPlans = plan.redFlagPlans;
        tally.redFlagPlansAlerted = plan.redFlagPlansAlerted;
        tally.alertsWithoutRedFlag = plan.alertsWithoutRedFlag;
        return tally;
    }

    CategoryWeeks category(Category category) {
        return categories.computeIfAbsent(category, c -> new CategoryWeeks());
    }

    int backwardSteps() {
        return backwardUnreasoned + backwardReasoned;
    }

    void add(QualityTally other) {
        plans += other.plans;
        feasiblePlans += other.feasiblePlans;
        weeks += other.weeks;
        categoryStepPairs += other.categoryStepPairs;
        backwardUnreasoned += other.backwardUnreasoned;
        backwardReasoned += other.backwardReasoned;
        levelFalls += other.levelFalls;
        volumeFalls += other.volumeFalls;
        categoryDropped += other.categoryDropped;
        harderVariantAtLowerVolume += other.harderVariantAtLowerVolume;
        doseStepPairs += other.doseStepPairs;
        doseDrops += other.doseDrops;
        other.categories.forEach((c, w) -> {
            CategoryWeeks mine = category(c);
            mine.minutes.addAll(w.minutes);
            mine.targetWeeks += w.targetWeeks;
            mine.targetMet += w.targetMet;
        });
        longTermAerobicMinutes.addAll(other.longTermAerobicMinutes);
        longTermWeeks += other.longTermWeeks;
        longTermWeeksReaching150 += other.longTermWeeksReaching150;
        strengthWeeks += other.strengthWeeks;
        strengthWeeksWithTwoDays += other.strengthWeeksWithTwoDays;
        strengthWeeksWithTwoSpacedDays += other.strengthWeeksWithTwoSpacedDays;
        weeksWithBalance += other.weeksWithBalance;
        balanceMinutesFromWeek6.addAll(other.balanceMinutesFromWeek6);
        scheduled += other.scheduled;
        passive += other.passive;
        other.timesScheduled.forEach((id, n) -> timesScheduled.merge(id, n, Integer::sum));
        sessions += other.sessions;
        sessionFillPercent.addAll(other.sessionFillPercent);
        sessionsUnderHalfFull += other.sessionsUnderHalfFull;
        sessionMinuteMismatches += other.sessionMinuteMismatches;
        countedExercises += other.countedExercises;
        doseTimeMismatches += other.doseTimeMismatches;
        listedCountedMinutes += other.listedCountedMinutes;
        doseCountedMinutes += other.doseCountedMinutes;
        sitToStandSafePlans += other.sitToStandSafePlans;
        sitToStandPlans += other.sitToStandPlans;
        safetyViolations += other.safetyViolations;
        redFlagPlans += other.redFlagPlans;
        redFlagPlansAlerted += other.redFlagPlansAlerted;
        alertsWithoutRedFlag += other.alertsWithoutRedFlag;
        findings.addAll(other.findings);
    }

    static double median(List<Integer> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }
}
