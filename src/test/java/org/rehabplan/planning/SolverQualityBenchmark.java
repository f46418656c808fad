package org.rehabplan.planning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.solver.PlanningProperties;
import org.rehabplan.planning.solver.SolverConfiguration;

/**
 * Solver quality against an exact reference, not a unit test:
 * {@code ./mvnw -B -ntp test -Pbenchmark -Dtest=SolverQualityBenchmark}. For each plan size (weeks × 5 sessions; "x3"
 * = a catalog three times as large, cloned under new ids) it runs the earlier search without routine moves
 * ({@code baseline}, {@code rehabplan.solver.routine-search=false}) and the default search with routine moves
 * ({@code routines}) for {@code rehabplan.benchmark.seconds},
 * interleaved (baseline, routines, baseline, …) so that both see the same load on a shared machine; then both
 * with their step limits as the app runs them; then CP-SAT on the same model for
 * {@code rehabplan.benchmark.exact-seconds}, started from the best local-search plan, for the reference value and its
 * bound. Prints first feasible time, best score at 1/3/10/60 s, the gap to the reference at each, calcs/s and the
 * load average; the table also goes to {@code target/benchmark/solver-quality.txt}.
 */
@Tag("benchmark")
class SolverQualityBenchmark {

    private static final long[] CHECKPOINTS = {1_000, 3_000, 10_000, 60_000};

    @Test
    void searchAgainstTheExactReference() throws Exception {
        long seconds = Long.getLong("rehabplan.benchmark.seconds", 60);
        double exactSeconds = Double.parseDouble(System.getProperty("rehabplan.benchmark.exact-seconds", "120"));
        int rounds = Integer.getInteger("rehabplan.benchmark.rounds", 1);
        String sizes = System.getProperty("rehabplan.benchmark.sizes", "4,12,26,52,12x3");
        Map<String, SolverConfiguration.Search> variants = new LinkedHashMap<>();
        variants.put("baseline", SolverConfiguration.Search.STEADY);
        variants.put("routines", SolverConfiguration.Search.ROUTINES);
        // more variants to try:
        // name:quickTemperature:quickSteps:slowTemperature:unimprovedSteps:pillars:routineWeight[:pairedWeight];...
        for (String spec : System.getProperty("rehabplan.benchmark.variants", "").split(";")) {
            String[] v = spec.split(":");
            if (v.length >= 7) {
                variants.put(v[0], new SolverConfiguration.Search(v[1], Integer.parseInt(v[2]), v[3],
                        Integer.parseInt(v[4]), Boolean.parseBoolean(v[5]), Double.parseDouble(v[6]),
                        v.length > 7 ? Double.parseDouble(v[7]) : 0));
            }
        }

        StringBuilder out = new StringBuilder();
        line(out, "=== Solver quality: %d s runs, %d round(s), %d cores, CP-SAT %.0f s; load at start %s ===",
                seconds, rounds, Runtime.getRuntime().availableProcessors(), exactSeconds, load());
        // warm the JIT on a mid-size problem with both searches, as a running app has solved before
        for (SolverConfiguration.Search search : variants.values()) {
            run(BenchmarkProblems.problem(12, 1), search, 5);
        }
        for (String size : sizes.split(",")) {
            String[] parts = size.trim().split("x");
            int weeks = Integer.parseInt(parts[0]);
            int copies = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
            List<Run> runs = new ArrayList<>();
            for (int round = 0; round < (seconds > 0 ? rounds : 0); round++) {
                for (var variant : variants.entrySet()) {
                    Run run = run(BenchmarkProblems.problem(weeks, copies), variant.getValue(), seconds);
                    run.name = variant.getKey();
                    runs.add(run);
                }
            }
            // as the app runs: step limits (the configured unimproved steps, and others to choose from)
            Map<String, String> production = new LinkedHashMap<>();
            for (String steps : System.getProperty("rehabplan.benchmark.steps", "0").split(",")) {
                for (var variant : variants.entrySet()) {
                    long start = System.nanoTime();
                    ExercisePlan solved = SolverFactory.<ExercisePlan>create(SolverConfiguration.solverConfig(
                            new PlanningProperties(Duration.ZERO, Duration.ofSeconds(20), 1, Long.parseLong(steps)),
                            variant.getValue())).buildSolver().solve(BenchmarkProblems.problem(weeks, copies));
                    String limit = steps.equals("0") ? "own steps" : steps + " unimproved";
                    production.put(variant.getKey() + ", " + limit, solved.getScore() + " in "
                            + (System.nanoTime() - start) / 1_000_000 + " ms");
                }
            }
            if (runs.isEmpty()) {
                line(out, "%n--- %d weeks x 5 sessions, catalog x%d; load %s", weeks, copies, load());
                production.forEach((name, result) -> line(out, "app limits: %-28s %s", name, result));
                continue; // app limits only (rehabplan.benchmark.seconds=0)
            }
            Run bestRun = runs.stream().max((a, b) -> a.best.getScore().compareTo(b.best.getScore())).orElseThrow();
            ExercisePlan reference = BenchmarkProblems.problem(weeks, copies);
            copyInto(bestRun.best, reference);
            ExactReference.Result exact = ExactReference.solve(reference, exactSeconds, 8, true);
            HardMediumSoftScore best = exact.score().compareTo(bestRun.best.getScore()) >= 0
                    ? exact.score() : bestRun.best.getScore();
            line(out, "%n--- %d weeks x 5 sessions, %d slots, catalog x%d (%d exercises); load %s", weeks,
                    reference.getSlots().size(), copies, reference.getExercises().size(), load());
            line(out, "CP-SAT: %s, soft bound %d, %s in %.0f s; reference (best known) %s", exact.score(),
                    exact.softBound(), exact.optimal() ? "optimal" : "not proven optimal", exact.seconds(), best);
            line(out, "%-11s %8s %9s %9s %9s %9s %9s %7s  %s", "variant", "feasible", "calcs/s", "1 s", "3 s",
                    "10 s", seconds + " s", "end gap", "gaps at 1/3/10/60 s; load at start");
            for (Run run : runs) {
                StringBuilder gaps = new StringBuilder();
                List<String> at = new ArrayList<>();
                for (long ms : CHECKPOINTS) {
                    HardMediumSoftScore score = ms <= seconds * 1000 ? run.bestAt(ms) : null;
                    at.add(score == null ? "-" : Integer.toString(score.softScore()));
                    gaps.append(gaps.isEmpty() ? "" : " / ").append(score == null ? "-" : gap(score, best));
                }
                line(out, "%-11s %6d ms %,9d %9s %9s %9s %9s %7s  %s; %s", run.name, run.firstFeasibleMs, run.speed,
                        at.get(0), at.get(1), at.get(2), at.get(3), gap(run.best.getScore(), best), gaps, run.load);
            }
            production.forEach((name, result) -> line(out, "app limits: %-28s %s", name, result));
            System.out.print(out);
            System.out.flush();
        }
        Path file = Path.of("target", "benchmark", "solver-quality.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    private static final class Run {
        String name;
        final List<Long> times = new ArrayList<>();
        final List<HardMediumSoftScore> scores = new ArrayList<>();
        long firstFeasibleMs = -1;
        long speed;
        ExercisePlan best;
        String load;

        HardMediumSoftScore bestAt(long ms) {
            HardMediumSoftScore best = null;
            for (int i = 0; i < times.size() && times.get(i) <= ms; i++) {
                best = scores.get(i);
            }
            return best;
        }
    }

    /** One anytime run: the step limits lifted so the search goes on for the whole time. */
    private static Run run(ExercisePlan problem, SolverConfiguration.Search search, long seconds) {
        Run run = new Run();
        run.load = load();
        PlanningProperties unlimited = new PlanningProperties(Duration.ZERO, Duration.ofSeconds(seconds), 1,
                Integer.MAX_VALUE);
        SolverConfiguration.Search endless = new SolverConfiguration.Search(search.quickTemperature(),
                search.quickSteps(), search.slowTemperature(), 0, search.pillarMoves(), search.routineMoves(),
                search.pairedRoutineMoves());
        Solver<ExercisePlan> solver = SolverFactory.<ExercisePlan>create(SolverConfiguration.solverConfig(unlimited,
                endless).withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(seconds))).buildSolver();
        long start = System.nanoTime();
        solver.addEventListener(event -> {
            long ms = (System.nanoTime() - start) / 1_000_000;
            HardMediumSoftScore score = (HardMediumSoftScore) event.getNewBestScore();
            run.times.add(ms);
            run.scores.add(score);
            if (run.firstFeasibleMs < 0 && score.isFeasible()) {
                run.firstFeasibleMs = ms;
            }
        });
        run.best = solver.solve(problem);
        run.speed = ((DefaultSolver<ExercisePlan>) solver).getSolverScope().getScoreCalculationSpeed();
        return run;
    }

    private static void copyInto(ExercisePlan from, ExercisePlan to) {
        for (int i = 0; i < from.getSlots().size(); i++) {
            to.getSlots().get(i).setExercise(from.getSlots().get(i).getExercise());
        }
    }

    private static String gap(HardMediumSoftScore at, HardMediumSoftScore best) {
        if (at.hardScore() != best.hardScore() || at.mediumScore() != best.mediumScore()) {
            return "M" + (at.mediumScore() - best.mediumScore());
        }
        return best.softScore() == 0 ? "0%"
                : String.format("%.1f%%", 100.0 * (best.softScore() - at.softScore()) / Math.abs(best.softScore()));
    }

    private static String load() {
        try {
            String[] avg = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return avg[0] + " " + avg[1] + " " + avg[2];
        } catch (Exception e) {
            return "n/a";
        }
    }

    private static void line(StringBuilder out, String format, Object... args) {
        String text = String.format(format, args);
        out.append(text).append('\n');
        System.out.println(text);
    }
}
