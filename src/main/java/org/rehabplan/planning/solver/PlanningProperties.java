package org.rehabplan.planning.solver;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Solver limits. A solve stops when the best plan has not improved for a number of local-search steps: the search's
 * own (300 for the routine search, 5,000 for the earlier one), or {@code unimprovedSteps} when that is set above 0;
 * counted in steps, not seconds, so the same profile gives the same plan on a busy or a quiet machine. The
 * wall-clock {@code timeLimit} is only a safety net (a solve always stops by then; if it does, the plan can differ);
 * {@code unimprovedLimit} (0 = off) adds an optional wall-clock unimproved limit for operators who prefer time over
 * reproducibility. At most {@code parallelSolvers} solves run at once (more wait their turn). {@code routineSearch}
 * (on by default) chooses the search with routine moves, {@link SolverConfiguration.Search#ROUTINES}; {@code false}
 * gives the earlier search ({@link SolverConfiguration.Search#STEADY}), far from the optimum (README, "Solver
 * quality").
 */
@ConfigurationProperties("rehabplan.solver")
public record PlanningProperties(
        @DefaultValue("0s") Duration unimprovedLimit,
        @DefaultValue("20s") Duration timeLimit,
        @DefaultValue("2") int parallelSolvers,
        @DefaultValue("0") long unimprovedSteps,
        @DefaultValue("true") boolean routineSearch) {

    @ConstructorBinding
    public PlanningProperties {
    }

    public PlanningProperties(Duration unimprovedLimit, Duration timeLimit, int parallelSolvers, long unimprovedSteps) {
        this(unimprovedLimit, timeLimit, parallelSolvers, unimprovedSteps, true);
    }

    /** Limits with the search's own step count (for benchmarks and tests that set their own wall-clock limits). */
    public static PlanningProperties of(Duration unimprovedLimit, Duration timeLimit, int parallelSolvers) {
        return new PlanningProperties(unimprovedLimit, timeLimit, parallelSolvers, 0);
    }
}
