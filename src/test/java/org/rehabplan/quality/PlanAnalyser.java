package org.rehabplan.quality;

import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rehabplan.catalog.Category;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.SessionPlan;
import org.rehabplan.protocol.CategoryTarget;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.quality.PlanReading.Homework;
import org.rehabplan.quality.PlanReading.WeekView;

/**
 * Reads a generated plan week by week as a physiotherapist would and counts what a good program should not have
 * (steps back without a reason, dose drops, minutes that don't match the dose) and what it should (guideline doses
 * of aerobic, balance and strength work). Pure arithmetic over the plan: no solver, no catalog file.
 */
final class PlanAnalyser {

    /** Too Fit To Fracture / CLINICAL.md guideline figures the report checks against. */
    static final int LONG_TERM_FROM_WEEK = 12;
    static final int AEROBIC_MINUTES_PER_WEEK = 150;
    static final int STRENGTH_FROM_WEEK = 2;
    static final int BALANCE_MINUTES_FROM_WEEK = 6;
    static final int RED_FLAG_PAIN = 7;
    static final int RED_FLAG_WEEKS = 6;
    /** Listed minutes may differ from the time worked out from the dose by a minute or a quarter, whichever is more. */
    static final double DOSE_TIME_TOLERANCE = 0.25;
    private static final int DOSE_TIME_EXAMPLES_PER_PLAN = 2;

    /** The weekly targets of the protocol phase a week falls in, by weeks after the procedure. */
    interface WeeklyTargets {
        List<CategoryTarget> at(int weeksAfterProcedure);

        static WeeklyTargets of(Protocol protocol) {
            return weeksAfter -> protocol.phaseAt(weeksAfter).weeklyTargets();
        }
    }

    private final WeeklyTargets weeklyTargets;
    private final ExerciseFacts facts;
    /** Where the long-term (150 aerobic minutes a week) measure starts: the protocol's last phase. */
    private final int longTermFromWeek;

    PlanAnalyser(WeeklyTargets weeklyTargets, ExerciseFacts facts) {
        this(weeklyTargets, facts, LONG_TERM_FROM_WEEK);
    }

    PlanAnalyser(WeeklyTargets weeklyTargets, ExerciseFacts facts, int longTermFromWeek) {
        this.weeklyTargets = weeklyTargets;
        this.facts = facts;
        this.longTermFromWeek = longTermFromWeek;
    }

    QualityTally analyse(String ref, PlanResult plan) {
        return analyse(ref, plan.feasible(), PlanReading.weeks(plan));
    }

    QualityTally analyse(String ref, boolean feasible, List<WeekView> weeks) {
        QualityTally tally = new QualityTally();
        tally.plans = 1;
        tally.feasiblePlans = feasible ? 1 : 0;
        tally.weeks = weeks.size();
        for (int i = 1; i < weeks.size(); i++) {
            progression(ref, weeks.get(i - 1), weeks.get(i), tally);
            doses(ref, weeks.get(i - 1), weeks.get(i), tally);
        }
        for (WeekView week : weeks) {
            targets(week, tally);
            strength(week, tally);
            balance(week, tally);
            items(ref, week, tally);
        }
        return tally;
    }

    /** How much of the patient's session time the sessions use: a 30-minute slot holding 6 minutes is wasted. */
    static void sessionFill(QualityTally tally, PlanResult plan, int minutesPerSession) {
        for (PlanResult.WeekPlan week : plan.weeks()) {
            for (SessionPlan session : week.sessions()) {
                int percent = Math.round(100f * session.totalMinutes() / minutesPerSession);
                tally.sessionFillPercent.add(percent);
                if (percent < 50) {
                    tally.sessionsUnderHalfFull++;
                }
            }
        }
    }

    /** Pain of 7/10 or more within 6 weeks of the procedure: the plan should tell the therapist to refer back. */
    static void redFlag(QualityTally tally, PlanResult plan, int painLevel) {
        redFlag(tally, plan, painLevel, (pain, weeksAfter) -> pain >= RED_FLAG_PAIN && weeksAfter < RED_FLAG_WEEKS);
    }

    /** As above with the red flags of the plan's protocol (pain and weeks after its anchor event). */
    static void redFlag(QualityTally tally, PlanResult plan, int painLevel, Protocol protocol) {
        redFlag(tally, plan, painLevel, (pain, weeksAfter) -> !protocol.redFlagsAt(pain, weeksAfter).isEmpty());
    }

    private static void redFlag(QualityTally tally, PlanResult plan, int painLevel,
                                java.util.function.BiPredicate<Integer, Integer> raised) {
        boolean flagged = plan.weeks().stream().anyMatch(w -> raised.test(painLevel, w.weeksAfterProcedure()));
        boolean alerted = !plan.alerts().isEmpty();
        if (flagged) {
            tally.redFlagPlans++;
            tally.redFlagPlansAlerted += alerted ? 1 : 0;
        } else if (alerted) {
            tally.alertsWithoutRedFlag++;
        }
    }

    /** Marks a plan for the sit-to-stand count: it should have one whenever one is safe for the patient. */
    static void sitToStand(QualityTally tally, PlanResult plan, boolean safe) {
        if (!safe) {
            return;
        }
        tally.sitToStandSafePlans++;
        boolean present = plan.weeks().stream().flatMap(w -> w.sessions().stream())
                .flatMap(s -> s.exercises().stream()).anyMatch(e -> e.exerciseId().contains("sit-to-stand"));
        if (present) {
            tally.sitToStandPlans++;
        }
    }

    /**
     * A category's top level falling from one week to the next, or its weekly volume falling without a move up (a
     * higher top level, or an exercise swapped for a harder variant); with or without a reason the week states for
     * that category.
     */
    private void progression(String ref, WeekView previous, WeekView current, QualityTally tally) {
        Map<Category, int[]> before = levelAndVolume(previous);
        Map<Category, int[]> after = levelAndVolume(current);
        Set<Category> categories = EnumSet.noneOf(Category.class);
        categories.addAll(before.keySet());
        categories.addAll(after.keySet());
        for (Category category : categories) {
            tally.categoryStepPairs++;
            int[] was = before.get(category);
            int[] is = after.get(category);
            if (was == null) {
                continue; // a category starting is never a step back
            }
            int[] now = is == null ? new int[] {0, 0} : is;
            // level 0: the category is only homework that week, which has no level; its volume still counts
            boolean levelFell = was[0] > 0 && now[0] > 0 && now[0] < was[0];
            // moving up to a harder variant starts it low in its dose range: less volume at a higher level is progress
            boolean levelRose = now[0] > was[0] || swappedForHarder(previous, current, category);
            boolean volumeFell = now[1] < was[1] && !levelRose;
            if (levelRose && now[1] < was[1]) {
                tally.harderVariantAtLowerVolume++;
            }
            if (!levelFell && !volumeFell) {
                continue;
            }
            boolean reasoned = current.hasReasonFor(category);
            if (reasoned) {
                tally.backwardReasoned++;
            } else {
                tally.backwardUnreasoned++;
            }
            tally.levelFalls += levelFell ? 1 : 0;
            tally.volumeFalls += volumeFell ? 1 : 0;
            tally.categoryDropped += is == null ? 1 : 0;
            tally.findings.add(String.format("%s week %d (%d wk after, %s): %s steps back%s: top level %d -> %d, "
                            + "volume %d -> %d%s", ref, current.plan().week(), current.plan().weeksAfterProcedure(),
                    current.plan().phase(), category, is == null ? " (dropped)" : "", was[0], now[0], was[1], now[1],
                    reasoned ? "; reason " + reasonCodes(current, category) : "; NO REASON"));
        }
    }

    /**
     * True when an exercise of the category left and a harder one came in (a family moving up to its next variant),
     * even if another exercise already held the category's top level.
     */
    private static boolean swappedForHarder(WeekView previous, WeekView current, Category category) {
        Map<String, Integer> before = levels(previous, category);
        Map<String, Integer> after = levels(current, category);
        int easiestGone = before.entrySet().stream().filter(e -> !after.containsKey(e.getKey()))
                .mapToInt(Map.Entry::getValue).min().orElse(Integer.MAX_VALUE);
        int hardestNew = after.entrySet().stream().filter(e -> !before.containsKey(e.getKey()))
                .mapToInt(Map.Entry::getValue).max().orElse(Integer.MIN_VALUE);
        return hardestNew > easiestGone;
    }

    private static Map<String, Integer> levels(WeekView week, Category category) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (SessionPlan session : week.plan().sessions()) {
            for (ScheduledExercise e : session.exercises()) {
                if (e.category() == category) {
                    levels.put(e.exerciseId(), e.level());
                }
            }
        }
        return levels;
    }

    /** The same exercise prescribed a smaller dose than the week before. */
    private static void doses(String ref, WeekView previous, WeekView current, QualityTally tally) {
        Map<String, ScheduledExercise> before = largestDoses(previous);
        for (Map.Entry<String, ScheduledExercise> now : largestDoses(current).entrySet()) {
            ScheduledExercise was = before.get(now.getKey());
            if (was == null) {
                continue;
            }
            tally.doseStepPairs++;
            if (volume(now.getValue()) < volume(was)) {
                tally.doseDrops++;
                tally.findings.add(String.format("%s week %d (%d wk after, %s): dose of %s drops %s -> %s", ref,
                        current.plan().week(), current.plan().weeksAfterProcedure(), current.plan().phase(),
                        now.getKey(), describe(was), describe(now.getValue())));
            }
        }
    }

    /** Weekly minutes per category (sessions and homework) against the phase's weekly targets. */
    private void targets(WeekView week, QualityTally tally) {
        Map<Category, Integer> minutes = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            int m = minutes(week, category);
            minutes.put(category, m);
            tally.category(category).minutes.add(m);
        }
        for (CategoryTarget target : weeklyTargets.at(week.plan().weeksAfterProcedure())) {
            QualityTally.CategoryWeeks weeks = tally.category(target.category());
            weeks.targetWeeks++;
            boolean minutesMet = target.minMinutes() == null || minutes.get(target.category()) >= target.minMinutes();
            boolean sessionsMet = target.minSessions() == null
                    || daysWith(week, target.category()) >= target.minSessions();
            if (minutesMet && sessionsMet) {
                weeks.targetMet++;
            }
        }
        if (week.plan().weeksAfterProcedure() >= longTermFromWeek) {
            int aerobic = minutes.get(Category.AEROBIC);
            tally.longTermWeeks++;
            tally.longTermAerobicMinutes.add(aerobic);
            if (aerobic >= AEROBIC_MINUTES_PER_WEEK) {
                tally.longTermWeeksReaching150++;
            }
        }
    }

    /** From 2 weeks after the procedure, a week of 2+ sessions needs 2+ days with back-extensor and leg work. */
    private void strength(WeekView week, QualityTally tally) {
        List<SessionPlan> sessions = week.plan().sessions();
        if (week.plan().weeksAfterProcedure() < STRENGTH_FROM_WEEK || sessions.size() < 2) {
            return;
        }
        tally.strengthWeeks++;
        List<SessionPlan> strengthDays = sessions.stream()
                .filter(s -> counts(s, Category.SPINAL_EXTENSOR) && counts(s, Category.LOWER_LIMB)).toList();
        if (strengthDays.size() >= 2) {
            tally.strengthWeeksWithTwoDays++;
        }
        boolean spaced = false;
        for (SessionPlan a : strengthDays) {
            for (SessionPlan b : strengthDays) {
                if (a.date() != null && b.date() != null && ChronoUnit.DAYS.between(a.date(), b.date()) >= 2) {
                    spaced = true;
                }
            }
        }
        if (spaced) {
            tally.strengthWeeksWithTwoSpacedDays++;
        }
    }

    private void balance(WeekView week, QualityTally tally) {
        boolean any = week.plan().sessions().stream().anyMatch(s -> counts(s, Category.BALANCE))
                || week.homework().stream().anyMatch(h -> h.category() == Category.BALANCE && h.weeklyMinutes() > 0);
        if (any) {
            tally.weeksWithBalance++;
        }
        if (week.plan().weeksAfterProcedure() >= BALANCE_MINUTES_FROM_WEEK) {
            tally.balanceMinutesFromWeek6.add(minutes(week, Category.BALANCE));
        }
    }

    /** Passive items, and session minutes against the exercises' minutes and against the time their doses take. */
    private void items(String ref, WeekView week, QualityTally tally) {
        int examples = 0;
        for (SessionPlan session : week.plan().sessions()) {
            tally.sessions++;
            int sum = 0;
            for (ScheduledExercise e : session.exercises()) {
                tally.scheduled++;
                tally.timesScheduled.merge(e.exerciseId(), 1, Integer::sum);
                if (facts.countsToward(e.exerciseId(), e.category()).isEmpty()) {
                    tally.passive++;
                }
                int listed = e.minutes() == null ? 0 : e.minutes();
                sum += listed;
                if (timed(e)) {
                    continue;
                }
                double doseMinutes = doseSeconds(e) / 60.0;
                tally.countedExercises++;
                tally.listedCountedMinutes += listed;
                tally.doseCountedMinutes += doseMinutes;
                if (Math.abs(listed - doseMinutes) > Math.max(1, DOSE_TIME_TOLERANCE * doseMinutes)) {
                    tally.doseTimeMismatches++;
                    if (examples++ < DOSE_TIME_EXAMPLES_PER_PLAN && week.plan().week() == 1) {
                        tally.findings.add(String.format("%s week %d session %d: %s %s listed as %d min, the dose "
                                        + "takes %.1f min", ref, week.plan().week(), session.number(), e.exerciseId(),
                                describe(e), listed, doseMinutes));
                    }
                }
            }
            if (sum != session.totalMinutes()) {
                tally.sessionMinuteMismatches++;
                tally.findings.add(String.format("%s week %d session %d: session says %d min, its exercises add up "
                        + "to %d", ref, week.plan().week(), session.number(), session.totalMinutes(), sum));
            }
        }
    }

    /** Seconds the dose takes: sets × reps × (tempo + hold) plus rest between sets; hold-only items hold per set. */
    double doseSeconds(ScheduledExercise e) {
        int sets = e.sets() == null ? 1 : e.sets();
        int hold = e.holdSeconds() == null ? 0 : e.holdSeconds();
        double rest = facts.restSeconds(e.exerciseId()) * (sets - 1);
        if (e.reps() == null) {
            return sets * hold + rest;
        }
        return sets * e.reps() * (facts.tempoSeconds(e.exerciseId()) + hold) + rest;
    }

    /** Walking, cycling, side-stepping: dosed in minutes (perhaps in sets of minutes), no reps and no hold. */
    static boolean timed(ScheduledExercise e) {
        return e.reps() == null && e.holdSeconds() == null;
    }

    /** Sets × reps × (hold or 1) for counted exercises, minutes for timed ones. */
    static int volume(ScheduledExercise e) {
        if (timed(e)) {
            return e.minutes() == null ? 0 : e.minutes();
        }
        int hold = e.holdSeconds() == null || e.holdSeconds() == 0 ? 1 : e.holdSeconds();
        return (e.sets() == null ? 1 : e.sets()) * (e.reps() == null ? 1 : e.reps()) * hold;
    }

    /**
     * Per category of the week: {top level of its session items (0 if none), weekly volume}; homework adds its
     * minutes × days to the volume.
     */
    private static Map<Category, int[]> levelAndVolume(WeekView week) {
        Map<Category, int[]> byCategory = new EnumMap<>(Category.class);
        for (SessionPlan session : week.plan().sessions()) {
            for (ScheduledExercise e : session.exercises()) {
                int[] v = byCategory.computeIfAbsent(e.category(), c -> new int[2]);
                v[0] = Math.max(v[0], e.level());
                v[1] += volume(e);
            }
        }
        for (Homework h : week.homework()) {
            byCategory.computeIfAbsent(h.category(), c -> new int[2])[1] += h.weeklyMinutes();
        }
        return byCategory;
    }

    private static Map<String, ScheduledExercise> largestDoses(WeekView week) {
        Map<String, ScheduledExercise> largest = new LinkedHashMap<>();
        for (SessionPlan session : week.plan().sessions()) {
            for (ScheduledExercise e : session.exercises()) {
                largest.merge(e.exerciseId(), e, (a, b) -> volume(b) > volume(a) ? b : a);
            }
        }
        return largest;
    }

    private int minutes(WeekView week, Category category) {
        int minutes = 0;
        for (SessionPlan session : week.plan().sessions()) {
            for (ScheduledExercise e : session.exercises()) {
                if (e.minutes() != null && facts.countsToward(e.exerciseId(), e.category()).contains(category)) {
                    minutes += e.minutes();
                }
            }
        }
        for (Homework h : week.homework()) {
            if (h.category() == category) {
                minutes += h.weeklyMinutes();
            }
        }
        return minutes;
    }

    /**
     * Days in the week with the category: sessions with it plus the days of homework for it (balance practice is
     * often on the days without a session), at most 7.
     */
    private int daysWith(WeekView week, Category category) {
        int sessions = (int) week.plan().sessions().stream().filter(s -> counts(s, category)).count();
        int homeworkDays = week.homework().stream().filter(h -> h.category() == category)
                .mapToInt(Homework::days).max().orElse(0);
        return Math.min(7, sessions + homeworkDays);
    }

    private boolean counts(SessionPlan session, Category category) {
        return session.exercises().stream()
                .anyMatch(e -> facts.countsToward(e.exerciseId(), e.category()).contains(category));
    }

    private static String reasonCodes(WeekView week, Category category) {
        return String.join(", ", week.stepBackReasons().stream().filter(r -> r.category() == category)
                .map(r -> r.code() + (r.exerciseId() == null ? "" : " (" + r.exerciseId() + ")")).toList());
    }

    private static String describe(ScheduledExercise e) {
        return e.dose() == null || e.dose().isBlank() ? e.minutes() + " min" : e.dose();
    }
}
