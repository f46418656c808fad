package org.rehabplan.planning;

import java.util.List;
import java.util.UUID;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Solver beans declared by hand: the OptaPlanner Spring Boot starter does not run on Boot 4 (STACK.md). */
@Configuration
class SolverConfiguration {

    static final long QUICK_ANNEAL_STEPS = 5_000;

    /**
     * Reproducible: OptaPlanner's default environment mode with a fixed random seed, and step-count limits rather
     * than seconds, so the same profile gives the same plan; the wall-clock limit only guards against a slow machine.
     */
    static SolverConfig solverConfig(PlanningProperties properties) {
        TerminationConfig termination = new TerminationConfig()
                .withMillisecondsSpentLimit(properties.timeLimit().toMillis());
        LocalSearchPhaseConfig slow = localSearch();
        slow.setTerminationConfig(new TerminationConfig()
                .withUnimprovedStepCountLimit((int) properties.unimprovedSteps()));
        if (properties.unimprovedLimit().toMillis() > 0) {
            termination.setUnimprovedMillisecondsSpentLimit(properties.unimprovedLimit().toMillis());
        }
        return new SolverConfig()
                .withSolutionClass(ExercisePlan.class)
                .withEntityClasses(Slot.class)
                .withConstraintProviderClass(PlanConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(RANDOM_SEED)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new PlanInitializer())),
                        quickAnneal(), slow)
                .withTerminationConfig(termination);
    }

    static final long RANDOM_SEED = 20261129L;

    /**
     * A first anneal that cools down within {@value #QUICK_ANNEAL_STEPS} steps, so a good plan is there early (the UI
     * shows progress); the second, slower one runs until the plan stops improving.
     */
    static LocalSearchPhaseConfig quickAnneal() {
        LocalSearchPhaseConfig quick = localSearch();
        quick.setTerminationConfig(new TerminationConfig().withStepCountLimit((int) QUICK_ANNEAL_STEPS));
        return quick;
    }

    /**
     * Chosen by measurement on the 12-week benchmark (README, "Benchmarks"): simulated annealing that accepts a
     * slightly worse prescription (one medium point) or quality early on, since covering the last target usually
     * takes a detour, beat late acceptance and tabu search; changes plus swaps within a week (swaps across weeks are
     * rarely allowed: each week has its own safe exercises).
     */
    static LocalSearchPhaseConfig localSearch() {
        SwapMoveSelectorConfig sameWeekSwaps = new SwapMoveSelectorConfig();
        sameWeekSwaps.setFilterClass(SameWeekSwap.class);
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig();
        localSearch.setMoveSelectorConfig(new UnionMoveSelectorConfig()
                .withMoveSelectors(new ChangeMoveSelectorConfig(), sameWeekSwaps));
        localSearch.setAcceptorConfig(new LocalSearchAcceptorConfig()
                .withSimulatedAnnealingStartingTemperature("0hard/1medium/50soft"));
        localSearch.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(4));
        return localSearch;
    }

    @Bean
    SolverFactory<ExercisePlan> solverFactory(PlanningProperties properties) {
        return SolverFactory.create(solverConfig(properties));
    }

    @Bean(destroyMethod = "close")
    SolverManager<ExercisePlan, UUID> solverManager(SolverFactory<ExercisePlan> solverFactory,
                                                    PlanningProperties properties) {
        return SolverManager.create(solverFactory,
                new SolverManagerConfig().withParallelSolverCount(Integer.toString(properties.parallelSolvers())));
    }

    @Bean
    SolutionManager<ExercisePlan, HardMediumSoftScore> solutionManager(SolverFactory<ExercisePlan> solverFactory) {
        return SolutionManager.create(solverFactory);
    }
}
