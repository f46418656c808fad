package org.rehabplan.planning;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogLoader;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.Session;
import org.rehabplan.planning.model.Slot;
import org.rehabplan.planning.service.PlanProblemFactory;
import org.rehabplan.planning.solver.PlanningProperties;
import org.rehabplan.planning.solver.SolverConfiguration;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Solver benchmark, not a unit test: {@code ./mvnw -Pbenchmark verify}. A 12-week × 5-session profile over the full
 * catalog is solved for {@code rehabplan.benchmark.seconds} (default 60) with the production solver configuration;
 * it prints the time to the first feasible plan, the best score at 1, 3 and 10 s against the end of the run, the
 * score calculation speed, and a greedy first-fit baseline.
 */
@Tag("benchmark")
class PlanBenchmark {

    @Test
    void twelveWeeksFiveSessionsOverTheFullCatalog() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Catalog catalog = new CatalogLoader(mapper).load("file:exercises/");
        Protocol protocol = new ProtocolLoader(mapper).load("file:exercises/", catalog).get("kyphoplasty");
        PlanProblemFactory factory = new PlanProblemFactory(catalog, protocol);
        PatientProfile profile = new PatientProfile("bench", null, null, LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 24), 12, 5, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), 40, 3, FallRisk.MODERATE, true, true,
                EnumSet.allOf(Equipment.class), List.of("walking-program"),
                protocol.defaultRestrictionsFrom(2));
        long seconds = Long.getLong("rehabplan.benchmark.seconds", 60);

        SolverConfig config = SolverConfiguration.solverConfig(PlanningProperties.of(Duration.ofSeconds(seconds),
                Duration.ofSeconds(seconds), 1)).withTerminationConfig(new TerminationConfig()
                .withSecondsSpentLimit(seconds));
        SolverFactory<ExercisePlan> solverFactory = SolverFactory.create(config);
        SolutionManager<ExercisePlan, HardMediumSoftScore> scores = SolutionManager.create(solverFactory);

        // a running app has solved before: warm the JIT up on the same problem first, and report the cold start too
        long warmUp = Long.getLong("rehabplan.benchmark.warmup", 10);
        long coldFeasible = -1;
        if (warmUp > 0) {
            Solver<ExercisePlan> cold = SolverFactory.<ExercisePlan>create(SolverConfiguration.solverConfig(
                    PlanningProperties.of(Duration.ofSeconds(warmUp), Duration.ofSeconds(warmUp), 1))
                    .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(warmUp))).buildSolver();
            long coldStart = System.nanoTime();
            long[] firstFeasible = {-1};
            cold.addEventListener(event -> {
                if (firstFeasible[0] < 0 && event.getNewBestScore().isFeasible()) {
                    firstFeasible[0] = (System.nanoTime() - coldStart) / 1_000_000;
                }
            });
            cold.solve(factory.create(profile, List.of()));
            coldFeasible = firstFeasible[0];
        }
        Solver<ExercisePlan> solver = solverFactory.buildSolver();
        List<long[]> timeline = new ArrayList<>();
        List<HardMediumSoftScore> timelineScores = new ArrayList<>();
        long start = System.nanoTime();
        solver.addEventListener(event -> {
            timeline.add(new long[] {(System.nanoTime() - start) / 1_000_000});
            timelineScores.add((HardMediumSoftScore) event.getNewBestScore());
        });
        ExercisePlan problem = factory.create(profile, List.of());
        ExercisePlan best = solver.solve(problem);
        long speed = ((DefaultSolver<ExercisePlan>) solver).getSolverScope().getScoreCalculationSpeed();

        long firstFeasible = -1;
        for (int i = 0; i < timeline.size(); i++) {
            if (timelineScores.get(i).isFeasible()) {
                firstFeasible = timeline.get(i)[0];
                break;
            }
        }
        HardMediumSoftScore end = best.getScore();
        System.out.printf("%n=== RehabPlan solver benchmark: 12 weeks x 5 sessions, %d slots, %d exercises, %d s run "
                + "after a %d s warm-up, %d cores ===%n", problem.getSlots().size(), catalog.size(), seconds, warmUp,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("time to first feasible plan : %s (cold JVM, first solve: %s)%n",
                firstFeasible < 0 ? "never" : firstFeasible + " ms", coldFeasible < 0 ? "n/a" : coldFeasible + " ms");
        for (long at : new long[] {1_000, 3_000, 10_000}) {
            HardMediumSoftScore score = bestAt(timeline, timelineScores, at);
            System.out.printf("best score at %5d ms      : %s  (soft gap to end of run %s)%n", at, score,
                    score == null ? "n/a" : gap(score, end));
        }
        System.out.printf("best score at end of run    : %s%n", end);
        System.out.printf("score calculation speed     : %,d /s%n", speed);

        // the production configuration: stops after its unimproved step count (reproducible), time limit 20 s
        Solver<ExercisePlan> production = SolverFactory.<ExercisePlan>create(SolverConfiguration.solverConfig(
                PlanningProperties.of(Duration.ZERO, Duration.ofSeconds(20), 1))).buildSolver();
        long productionStart = System.nanoTime();
        ExercisePlan productionBest = production.solve(factory.create(profile, List.of()));
        System.out.printf("production solve (steps)    : %s in %d ms%n", productionBest.getScore(),
                (System.nanoTime() - productionStart) / 1_000_000);

        long greedyStart = System.nanoTime();
        ExercisePlan greedy = greedyFirstFit(factory.create(profile, List.of()));
        HardMediumSoftScore greedyScore = scores.update(greedy);
        long greedyMs = Math.max(1, (System.nanoTime() - greedyStart) / 1_000_000);
        HardMediumSoftScore solverThen = bestAt(timeline, timelineScores, greedyMs);
        System.out.printf("greedy first-fit baseline   : %s in %d ms; solver at %d ms: %s%n", greedyScore, greedyMs,
                greedyMs, solverThen == null ? "no plan yet (first plan at " + timeline.getFirst()[0] + " ms: "
                        + timelineScores.getFirst() + ")" : solverThen);
        System.out.printf("greedy vs solver at 1000 ms : %s vs %s%n", greedyScore,
                bestAt(timeline, timelineScores, 1_000));
    }

    private static HardMediumSoftScore bestAt(List<long[]> timeline, List<HardMediumSoftScore> scores, long ms) {
        HardMediumSoftScore best = null;
        for (int i = 0; i < timeline.size() && timeline.get(i)[0] <= ms; i++) {
            best = scores.get(i);
        }
        return best;
    }

    private static String gap(HardMediumSoftScore at, HardMediumSoftScore end) {
        if (at.hardScore() != end.hardScore() || at.mediumScore() != end.mediumScore()) {
            return "hard/medium differ";
        }
        return end.softScore() == 0 ? "0 %"
                : String.format("%.2f %%", 100.0 * (end.softScore() - at.softScore()) / Math.abs(end.softScore()));
    }

    /**
     * Fills each session's free slots in order with the first safe exercises that fit its time and are new to the
     * session; pinned slots keep theirs.
     */
    static ExercisePlan greedyFirstFit(ExercisePlan plan) {
        for (Session session : plan.getSessions()) {
            int minutes = 0;
            Set<String> used = new HashSet<>();
            for (Slot slot : plan.getSlots()) {
                if (slot.getSession() != session) {
                    continue;
                }
                if (slot.isPinned()) {
                    minutes += slot.getMinutes();
                    used.add(slot.getExercise().id());
                    continue;
                }
                for (Exercise exercise : session.week().safeExercises()) {
                    int duration = session.week().prescription(exercise).durationMinutes();
                    if (!used.contains(exercise.id()) && minutes + duration <= session.minutesBudget()) {
                        slot.setExercise(exercise);
                        used.add(exercise.id());
                        minutes += duration;
                        break;
                    }
                }
            }
        }
        return plan;
    }
}
