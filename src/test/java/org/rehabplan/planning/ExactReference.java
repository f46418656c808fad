package org.rehabplan.planning;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.planning.constraints.PlanConstraints;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.model.Session;
import org.rehabplan.planning.model.Slot;
import org.rehabplan.planning.model.WeekExercise;

/**
 * The planner's scoring rules written again as a CP-SAT program (OR-Tools), for the benchmark only: it proves how
 * good a plan can be, so the local search's plans can be measured against the optimum (small plans) or against the
 * best plan and bound CP-SAT finds in a time limit (large ones). Hard rules are constraints; the medium score is
 * minimised first and then, held at its optimum, the soft score (the app compares scores the same way).
 *
 * <p>Every rule of {@link PlanConstraints} is here in linear form, built from the same problem facts (each week's safe
 * exercises, doses, minutes, ladder steps, targets): a session holds each exercise at most once (so a slot-count
 * variable per session and exercise is exact), "hardest level of a category in a week" is a ladder of exact
 * indicator variables (week has the category at level ≥ l), and the dose-jump rule's "used the week before" is a
 * product of two indicators. Plans with pinned slots are outside its scope.
 */
final class ExactReference {

    static {
        Loader.loadNativeLibraries();
    }

    private static final int MAX_LEVEL = 6;
    private static final Category[] CATEGORIES = Category.values();

    private final ExercisePlan plan;
    private final CpModel model = new CpModel();
    /** Per session (plan order): exercise → is it in the session. */
    private final Map<Session, Map<Exercise, BoolVar>> x = new LinkedHashMap<>();
    private final Map<Session, Integer> slotCounts = new HashMap<>();
    private final LinearExprBuilder medium = LinearExpr.newBuilder();
    private final LinearExprBuilder soft = LinearExpr.newBuilder();
    private long softConstant;
    private boolean hinted;

    private ExactReference(ExercisePlan plan) {
        this.plan = plan;
        for (Slot slot : plan.getSlots()) {
            if (slot.isPinned()) {
                throw new IllegalArgumentException("The exact reference covers plans without pinned slots");
            }
            slotCounts.merge(slot.getSession(), 1, Integer::sum);
        }
        build();
    }

    /** The result of a solve: the plan's score as CP-SAT computes it, its proven bound, and whether it is optimal. */
    record Result(HardMediumSoftScore score, long softBound, boolean optimal, double seconds,
                  Map<Session, List<Exercise>> sessions) {
    }

    /** Solves the plan's problem within the time limit (seconds) and writes the best plan found into its slots. */
    static Result solve(ExercisePlan plan, double seconds, int workers) {
        return solve(plan, seconds, workers, false);
    }

    /**
     * As {@link #solve(ExercisePlan, double, int)}; with {@code fromPlan} CP-SAT starts from the exercises already in
     * the plan's slots (e.g. the local search's best plan). CP-SAT runs a portfolio of strategies, one per worker: 8
     * workers prove the small plans optimal in seconds where 2 do not within a minute, even on 2 cores.
     */
    static Result solve(ExercisePlan plan, double seconds, int workers, boolean fromPlan) {
        ExactReference reference = new ExactReference(plan);
        if (fromPlan) {
            reference.hintCurrentExercises();
        }
        return reference.run(seconds, workers);
    }

    private void hintCurrentExercises() {
        hinted = true;
        for (var session : x.entrySet()) {
            List<Exercise> in = plan.getSlots().stream().filter(s -> s.getSession() == session.getKey())
                    .map(Slot::getExercise).filter(java.util.Objects::nonNull).toList();
            session.getValue().forEach((e, v) -> model.addHint(v, in.contains(e) ? 1 : 0));
        }
    }

    /**
     * Scores the plan as it stands (its slots' exercises) with this model: every choice is fixed, so the solve only
     * works out the penalties. Agreement with the app's score on arbitrary plans checks the model rule by rule.
     */
    static HardMediumSoftScore score(ExercisePlan plan) {
        ExactReference reference = new ExactReference(plan);
        for (var session : reference.x.entrySet()) {
            List<Exercise> in = plan.getSlots().stream().filter(s -> s.getSession() == session.getKey())
                    .map(Slot::getExercise).filter(java.util.Objects::nonNull).toList();
            for (var choice : session.getValue().entrySet()) {
                reference.model.addEquality(choice.getValue(), in.contains(choice.getKey()) ? 1 : 0);
            }
        }
        return reference.run(30, 1).score();
    }

    private Result run(double seconds, int workers) {
        long start = System.nanoTime();
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(workers).setMaxTimeInSeconds(seconds).setRandomSeed(1);
        LinearExpr mediumExpr = medium.build();
        model.minimize(mediumExpr);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("No plan that keeps every hard rule: " + status);
        }
        long bestMedium = Math.round(solver.objectiveValue());
        boolean mediumOptimal = status == CpSolverStatus.OPTIMAL;
        model.addLessOrEqual(mediumExpr, bestMedium);
        if (!hinted) {
            // start the second stage from the first stage's plan (a given starting plan stays the hint)
            for (Map<Exercise, BoolVar> choices : x.values()) {
                for (BoolVar v : choices.values()) {
                    model.addHint(v, solver.booleanValue(v) ? 1 : 0);
                }
            }
        }
        double left = Math.max(0.5, seconds - (System.nanoTime() - start) / 1e9);
        solver.getParameters().setMaxTimeInSeconds(left);
        model.minimize(soft.build());
        status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("Second stage found no plan: " + status);
        }
        long softPenalty = Math.round(solver.objectiveValue()) + softConstant;
        long softBound = Math.round(Math.ceil(solver.bestObjectiveBound() - 1e-6)) + softConstant;
        Map<Session, List<Exercise>> sessions = new LinkedHashMap<>();
        for (var session : x.entrySet()) {
            List<Exercise> chosen = new ArrayList<>();
            for (var choice : session.getValue().entrySet()) {
                if (solver.booleanValue(choice.getValue())) {
                    chosen.add(choice.getKey());
                }
            }
            sessions.put(session.getKey(), chosen);
        }
        return new Result(HardMediumSoftScore.of(0, (int) -bestMedium, (int) -softPenalty), -softBound,
                mediumOptimal && status == CpSolverStatus.OPTIMAL, (System.nanoTime() - start) / 1e9, sessions);
    }

    /** Puts a result's exercises into the plan's slots, session by session in slot order. */
    static ExercisePlan apply(ExercisePlan plan, Result result) {
        Map<Session, List<Slot>> slots = new HashMap<>();
        for (Slot slot : plan.getSlots()) {
            slots.computeIfAbsent(slot.getSession(), s -> new ArrayList<>()).add(slot);
            slot.setExercise(null);
        }
        for (var session : result.sessions().entrySet()) {
            List<Slot> free = slots.get(session.getKey());
            for (int i = 0; i < session.getValue().size(); i++) {
                free.get(i).setExercise(session.getValue().get(i));
            }
        }
        return plan;
    }

    // ------------------------------------------------------------------ the model

    private void build() {
        List<PlanWeek> weeks = plan.getWeeks();
        Map<PlanWeek, List<Session>> sessionsOf = new LinkedHashMap<>();
        for (PlanWeek week : weeks) {
            sessionsOf.put(week, new ArrayList<>());
        }
        for (Session session : plan.getSessions()) {
            sessionsOf.get(session.week()).add(session);
            Map<Exercise, BoolVar> choices = new LinkedHashMap<>();
            for (Exercise e : session.week().safeExercises()) {
                choices.put(e, model.newBoolVar(session.id() + ":" + e.id()));
            }
            x.put(session, choices);
            sessionRules(session, choices);
        }
        // per week: uses of each exercise (sessions), whether it is used, the category level ladder
        Map<PlanWeek, Map<Exercise, LinearExpr>> uses = new HashMap<>();
        Map<PlanWeek, Map<Exercise, BoolVar>> used = new HashMap<>();
        Map<PlanWeek, Map<Category, BoolVar[]>> atLeast = new HashMap<>();
        for (PlanWeek week : weeks) {
            List<Session> sessions = sessionsOf.get(week);
            Map<Exercise, LinearExpr> weekUses = new LinkedHashMap<>();
            Map<Exercise, BoolVar> weekUsed = new LinkedHashMap<>();
            for (Exercise e : week.safeExercises()) {
                List<BoolVar> in = sessions.stream().map(s -> x.get(s).get(e)).toList();
                LinearExpr sum = LinearExpr.sum(in.toArray(new BoolVar[0]));
                weekUses.put(e, sum);
                weekUsed.put(e, exactOr(in, "u" + week.index() + ":" + e.id()));
                // few different exercises within a week
                soft.addTerm(weekUsed.get(e), PlanConstraints.DISTINCT_PER_WEEK_WEIGHT);
            }
            uses.put(week, weekUses);
            used.put(week, weekUsed);
            Map<Category, BoolVar[]> ladder = new HashMap<>();
            for (Category c : CATEGORIES) {
                BoolVar[] levels = new BoolVar[MAX_LEVEL + 1];
                for (int l = 1; l <= MAX_LEVEL; l++) {
                    List<BoolVar> in = new ArrayList<>();
                    for (Exercise e : week.safeExercises()) {
                        if (e.category() == c && level(e) >= l) {
                            sessions.forEach(s -> in.add(x.get(s).get(e)));
                        }
                    }
                    levels[l] = in.isEmpty() ? null : exactOr(in, "a" + week.index() + c + l);
                }
                ladder.put(c, levels);
            }
            atLeast.put(week, ladder);
            weekTargets(week, sessions);
        }
        for (int i = 1; i < weeks.size(); i++) {
            PlanWeek before = weeks.get(i - 1);
            PlanWeek week = weeks.get(i);
            levelRules(before, week, sessionsOf.get(week), atLeast.get(before), atLeast.get(week));
            volumeFalls(before, week, sessionsOf.get(before), sessionsOf.get(week), atLeast.get(before),
                    atLeast.get(week));
            doseJumps(before, week, used.get(before), used.get(week));
        }
        for (int i = 0; i < weeks.size(); i++) {
            PlanWeek week = weeks.get(i);
            PlanWeek next = i + 1 < weeks.size() ? weeks.get(i + 1) : null;
            routineCarriesOver(week, next, uses.get(week), next == null ? Map.of() : uses.get(next));
        }
    }

    /**
     * Hard: fits its time, at most its slots, not empty. Soft: favourites, minutes without active work. Medium:
     * session targets.
     */
    private void sessionRules(Session session, Map<Exercise, BoolVar> choices) {
        PlanWeek week = session.week();
        LinearExprBuilder minutes = LinearExpr.newBuilder();
        LinearExprBuilder activeMinutes = LinearExpr.newBuilder();
        LinearExprBuilder count = LinearExpr.newBuilder();
        for (var choice : choices.entrySet()) {
            WeekExercise info = week.of(choice.getKey());
            minutes.addTerm(choice.getValue(), info.minutes());
            if (!choice.getKey().countsToward().isEmpty()) { // passive items count toward no target
                activeMinutes.addTerm(choice.getValue(), info.minutes());
            }
            count.add(choice.getValue());
            if (info.favourite()) {
                soft.addTerm(choice.getValue(), -PlanConstraints.FAVOURITE_WEIGHT);
            }
        }
        LinearExpr minutesExpr = minutes.build();
        model.addLessOrEqual(minutesExpr, session.minutesBudget());
        model.addLessOrEqual(count.build(), slotCounts.get(session));
        model.addGreaterOrEqual(LinearExpr.sum(choices.values().toArray(new BoolVar[0])), 1);
        // minutes without active work: 2 × (budget − active minutes), never negative since the session fits
        softConstant += (long) PlanConstraints.UNUSED_MINUTE_WEIGHT * session.minutesBudget();
        soft.addTerm(activeMinutes.build(), -PlanConstraints.UNUSED_MINUTE_WEIGHT);
        for (Category c : CATEGORIES) {
            int wanted = week.minExercisesPerSession(c);
            if (wanted > 0) {
                shortfall(wanted, countingToward(choices, c), medium, "st" + session.id() + c);
            }
        }
    }

    /** Medium: sessions with a category, minutes of a category, key families, per week. */
    private void weekTargets(PlanWeek week, List<Session> sessions) {
        for (Category c : CATEGORIES) {
            int sessionsWanted = week.minSessions(c);
            if (sessionsWanted > 0) {
                LinearExprBuilder with = LinearExpr.newBuilder();
                for (Session s : sessions) {
                    List<BoolVar> in = new ArrayList<>();
                    for (var choice : x.get(s).entrySet()) {
                        if (choice.getKey().countsToward(c)) {
                            in.add(choice.getValue());
                        }
                    }
                    if (!in.isEmpty()) {
                        with.add(exactOr(in, "y" + s.id() + c));
                    }
                }
                shortfall(sessionsWanted, with.build(), medium, "ws" + week.index() + c);
            }
            int minutesWanted = week.minMinutes(c);
            if (minutesWanted > 0) {
                LinearExprBuilder minutes = LinearExpr.newBuilder();
                for (Session s : sessions) {
                    for (var choice : x.get(s).entrySet()) {
                        WeekExercise info = week.of(choice.getKey());
                        if (choice.getKey().countsToward(c)) {
                            minutes.addTerm(choice.getValue(), info.minutes());
                        }
                    }
                }
                shortfall(minutesWanted, minutes.build(), medium, "wm" + week.index() + c);
            }
        }
        for (var key : week.keyFamilies().entrySet()) {
            LinearExprBuilder with = LinearExpr.newBuilder();
            for (Session s : sessions) {
                for (var choice : x.get(s).entrySet()) {
                    if (week.of(choice.getKey()).family().equals(key.getKey())) {
                        with.add(choice.getValue());
                    }
                }
            }
            shortfall(key.getValue(), with.build(), medium, "k" + week.index() + key.getKey());
        }
    }

    /** Soft: no slot more than one level above last week's hardest in its category; the hardest never drops. */
    private void levelRules(PlanWeek before, PlanWeek week, List<Session> sessions, Map<Category, BoolVar[]> was,
                            Map<Category, BoolVar[]> now) {
        for (Category c : CATEGORIES) {
            BoolVar[] b = was.get(c);
            BoolVar[] n = now.get(c);
            if (b[1] == null) {
                continue; // the category was not possible last week: nothing to compare with
            }
            for (Session s : sessions) {
                for (var choice : x.get(s).entrySet()) {
                    Exercise e = choice.getKey();
                    int level = level(e);
                    if (e.category() != c || level < 3) {
                        continue;
                    }
                    // jump when last week had the category (≥ 1) but nothing at level ≥ L−1
                    LinearExprBuilder jump = LinearExpr.newBuilder().add(choice.getValue()).add(b[1]).add(-1);
                    if (b[level - 1] != null) {
                        jump.addTerm(b[level - 1], -1);
                    }
                    penalty(jump.build(), PlanConstraints.LEVEL_JUMP_WEIGHT, "j" + s.id() + e.id());
                }
            }
            if (n[1] == null) {
                continue;
            }
            for (int l = 2; l <= MAX_LEVEL; l++) {
                if (b[l] == null) {
                    continue;
                }
                // one level lost per level l the week before reached and this week (which has the category) doesn't
                LinearExprBuilder drop = LinearExpr.newBuilder().add(b[l]).add(n[1]).add(-1);
                if (n[l] != null) {
                    drop.addTerm(n[l], -1);
                }
                penalty(drop.build(), PlanConstraints.LEVEL_DROP_WEIGHT, "d" + week.index() + c + l);
            }
        }
    }

    /**
     * Soft: a category's volume does not fall below the week before's unless its hardest level rises or the week
     * states a reason. Penalty p and "rose" are only bounded from above where the minimum wants them 1, so at the
     * optimum (and when scoring a fixed plan) each is exact: V(before) − V(week) ≤ M × (p + rose).
     */
    private void volumeFalls(PlanWeek before, PlanWeek week, List<Session> sessionsBefore, List<Session> sessions,
                             Map<Category, BoolVar[]> was, Map<Category, BoolVar[]> now) {
        for (Category c : CATEGORIES) {
            BoolVar[] b = was.get(c);
            if (b[1] == null || week.stepsBackFrom(before, c)) {
                continue;
            }
            LinearExprBuilder fall = LinearExpr.newBuilder();
            long most = 0;
            for (Session s : sessionsBefore) {
                for (var choice : x.get(s).entrySet()) {
                    if (choice.getKey().category() == c) {
                        int volume = before.of(choice.getKey()).volume();
                        fall.addTerm(choice.getValue(), volume);
                        most += volume;
                    }
                }
            }
            for (Session s : sessions) {
                for (var choice : x.get(s).entrySet()) {
                    if (choice.getKey().category() == c) {
                        fall.addTerm(choice.getValue(), -week.of(choice.getKey()).volume());
                    }
                }
            }
            BoolVar[] n = now.get(c);
            LinearExprBuilder rises = LinearExpr.newBuilder();
            for (int l = 1; l <= MAX_LEVEL; l++) {
                if (n[l] == null) {
                    continue;
                }
                BoolVar rose = model.newBoolVar("vr" + week.index() + c + l);
                model.addImplication(rose, n[l]);
                if (b[l] != null) {
                    model.addImplication(rose, b[l].not());
                }
                rises.add(rose);
            }
            BoolVar risen = model.newBoolVar("vR" + week.index() + c);
            model.addLessOrEqual(risen, rises.build());
            BoolVar p = model.newBoolVar("v" + week.index() + c);
            model.addLessOrEqual(fall.build(), LinearExpr.newBuilder().addTerm(p, most).addTerm(risen, most).build());
            soft.addTerm(p, PlanConstraints.VOLUME_FALL_WEIGHT);
        }
    }

    /** Soft: a family joins at its starting dose and climbs one step a week (from week 2 on). */
    private void doseJumps(PlanWeek before, PlanWeek week, Map<Exercise, BoolVar> usedBefore,
                           Map<Exercise, BoolVar> usedNow) {
        for (var now : usedNow.entrySet()) {
            WeekExercise info = week.of(now.getKey());
            int step = info.doseStep();
            int fresh = Math.max(0, step - 1);
            if (fresh == 0) {
                continue;
            }
            soft.addTerm(now.getValue(), (long) fresh * PlanConstraints.DOSE_JUMP_WEIGHT);
            for (var was : usedBefore.entrySet()) {
                WeekExercise earlier = before.of(was.getKey());
                if (!earlier.family().equals(info.family())) {
                    continue;
                }
                int continued = Math.max(0, step - earlier.doseStep() - 1);
                if (continued < fresh) {
                    // both weeks: the jump is counted from last week's step instead of from the start
                    BoolVar both = model.newBoolVar("dj" + week.index() + info.family());
                    model.addImplication(both, now.getValue());
                    model.addImplication(both, was.getValue());
                    model.addBoolOr(new Literal[] {both, now.getValue().not(), was.getValue().not()});
                    soft.addTerm(both, -(long) (fresh - continued) * PlanConstraints.DOSE_JUMP_WEIGHT);
                }
            }
        }
    }

    /** Soft: a family done last week continues in as many sessions, while it can go on. */
    private void routineCarriesOver(PlanWeek week, PlanWeek next, Map<Exercise, LinearExpr> uses,
                                    Map<Exercise, LinearExpr> usesNext) {
        for (var now : uses.entrySet()) {
            WeekExercise info = week.of(now.getKey());
            if (!info.availableNextWeek()) {
                continue;
            }
            LinearExprBuilder drop = LinearExpr.newBuilder().add(now.getValue());
            for (var later : usesNext.entrySet()) {
                if (next.of(later.getKey()).family().equals(info.family())) {
                    drop.addTerm(later.getValue(), -1);
                }
            }
            IntVar lost = model.newIntVar(0, 7, "r" + week.index() + info.family());
            model.addGreaterOrEqual(lost, drop.build());
            soft.addTerm(lost, PlanConstraints.ROUTINE_DROP_WEIGHT);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static LinearExpr countingToward(Map<Exercise, BoolVar> choices, Category c) {
        LinearExprBuilder count = LinearExpr.newBuilder();
        choices.forEach((e, v) -> {
            if (e.countsToward(c)) {
                count.add(v);
            }
        });
        return count.build();
    }

    /** max(0, wanted − have), added to the objective. */
    private void shortfall(int wanted, LinearExpr have, LinearExprBuilder objective, String name) {
        IntVar missing = model.newIntVar(0, wanted, name);
        model.addGreaterOrEqual(LinearExpr.newBuilder().add(missing).add(have).build(), wanted);
        objective.add(missing);
    }

    /** A 0/1 penalty that is at least {@code lowerBound}, weighted into the soft objective. */
    private void penalty(LinearExpr lowerBound, int weight, String name) {
        BoolVar p = model.newBoolVar(name);
        model.addGreaterOrEqual(p, lowerBound);
        soft.addTerm(p, weight);
    }

    /** A variable that is exactly the OR of the literals. */
    private BoolVar exactOr(List<BoolVar> in, String name) {
        BoolVar or = model.newBoolVar(name);
        for (BoolVar v : in) {
            model.addImplication(v, or);
        }
        model.addLessOrEqual(or, LinearExpr.sum(in.toArray(new BoolVar[0])));
        return or;
    }

    private static int level(Exercise e) {
        return Math.min(e.level(), MAX_LEVEL);
    }
}
