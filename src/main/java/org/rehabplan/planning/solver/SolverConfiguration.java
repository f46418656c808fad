package org.rehabplan.planning.solver;

import java.util.List;
import java.util.UUID;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.heuristic.selector.entity.pillar.PillarSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.PillarChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SubPillarType;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.AcceptorType;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchPickEarlyType;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.rehabplan.planning.constraints.PlanConstraints;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.Slot;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Solver beans declared by hand: the OptaPlanner Spring Boot starter does not run on Boot 4 (STACK.md). */
@Configuration
public class SolverConfiguration {

    /**
     * How the local search runs: the quick anneal's starting temperature and steps (0 = by plan size, see
     * {@link QuickAnnealSteps}), the slow anneal's starting temperature and unimproved steps (a configured
     * {@code rehabplan.solver.unimproved-steps} above 0 takes their place), and whether pillar moves (runs of
     * consecutive slots holding one exercise), routine moves ({@link RoutineMoves}, by selection weight; 0 = none)
     * and paired routine moves (two at once, a cartesian product of two routine moves; by selection weight, 0 = none)
     * are used. Measured by the benchmark (README, "Solver quality").
     */
    public record Search(String quickTemperature, int quickSteps, String slowTemperature, int unimprovedSteps,
                         boolean pillarMoves, double routineMoves, double pairedRoutineMoves) {

        public Search(String quickTemperature, int quickSteps, String slowTemperature, int unimprovedSteps,
                      boolean pillarMoves, double routineMoves) {
            this(quickTemperature, quickSteps, slowTemperature, unimprovedSteps, pillarMoves, routineMoves, 0);
        }

        /**
         * The earlier search ({@code rehabplan.solver.routine-search=false}): change and same-week swap moves,
         * annealing from 50 soft; it rarely leaves the first phase's routine, so it stays far from the optimum.
         */
        public static final Search STEADY = new Search("0hard/1medium/50soft", 5_000, "0hard/1medium/50soft", 5_000,
                false, 0);

        /**
         * The default: a cool start (5 soft) and a slow phase that does not heat back up (1 soft), with routine
         * moves, which change a family in every session of its weeks at once where single changes are each uphill,
         * and pillar moves; and, less often, two routine moves at once (a paired move), because a family that
         * counts toward two categories (the bridge: core and legs) can only leave when another family takes over
         * one of its categories in the same step, or the week misses a target. Measured: README, "Solver quality".
         */
        public static final Search ROUTINES = new Search("0hard/1medium/5soft", 0, "0hard/0medium/1soft", 300, true,
                1.0, 0.3);
    }

    /**
     * Reproducible: OptaPlanner's default environment mode with a fixed random seed, and step-count limits rather
     * than seconds, so the same profile gives the same plan; the wall-clock limit only guards against a slow machine.
     */
    public static SolverConfig solverConfig(PlanningProperties properties) {
        return solverConfig(properties, properties.routineSearch() ? Search.ROUTINES : Search.STEADY);
    }

    public static SolverConfig solverConfig(PlanningProperties properties, Search search) {
        TerminationConfig termination = new TerminationConfig()
                .withMillisecondsSpentLimit(properties.timeLimit().toMillis());
        LocalSearchPhaseConfig slow = localSearch(search.slowTemperature(), search);
        slow.setTerminationConfig(new TerminationConfig()
                .withUnimprovedStepCountLimit((int) Math.min(Integer.MAX_VALUE, properties.unimprovedSteps() > 0
                        ? properties.unimprovedSteps() : search.unimprovedSteps())));
        if (properties.unimprovedLimit().toMillis() > 0) {
            termination.setUnimprovedMillisecondsSpentLimit(properties.unimprovedLimit().toMillis());
        }
        LocalSearchPhaseConfig quick = localSearch(search.quickTemperature(), search);
        quick.setTerminationConfig(search.quickSteps() > 0
                ? new TerminationConfig().withStepCountLimit(search.quickSteps())
                : new TerminationConfig().withTerminationClass(QuickAnnealSteps.class));
        return new SolverConfig()
                .withSolutionClass(ExercisePlan.class)
                .withEntityClasses(Slot.class)
                .withConstraintProviderClass(PlanConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(RANDOM_SEED)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new PlanInitializer())),
                        quick, slow, polish())
                .withTerminationConfig(termination);
    }

    static final long RANDOM_SEED = 20261129L;

    /**
     * A last sweep: every single change (each slot, each exercise it may hold, or none) is tried in order and the
     * first that improves the plan is taken, until none does. The anneals pick moves at random and stop after a
     * number of steps without a better plan, so one session could be left without an exercise the rest of the week
     * has (a fall in volume a single change would undo); this finds every such change.
     */
    static LocalSearchPhaseConfig polish() {
        LocalSearchPhaseConfig polish = new LocalSearchPhaseConfig();
        polish.setMoveSelectorConfig(new ChangeMoveSelectorConfig().withSelectionOrder(SelectionOrder.ORIGINAL));
        polish.setAcceptorConfig(new LocalSearchAcceptorConfig().withAcceptorTypeList(
                List.of(AcceptorType.HILL_CLIMBING)));
        polish.setForagerConfig(new LocalSearchForagerConfig()
                .withPickEarlyType(LocalSearchPickEarlyType.FIRST_BEST_SCORE_IMPROVING));
        polish.setTerminationConfig(new TerminationConfig().withUnimprovedStepCountLimit(1));
        return polish;
    }

    /**
     * Simulated annealing that accepts a slightly worse prescription (one medium point) or quality early on, since
     * covering the last target usually takes a detour (it beat late acceptance and tabu search); changes plus swaps
     * within a week (swaps across weeks are rarely allowed: each week has its own safe exercises), and optionally
     * pillar changes: a run of 2–10 slots, consecutive in plan order and holding one exercise, changed to another.
     */
    static LocalSearchPhaseConfig localSearch(String startingTemperature, Search search) {
        SwapMoveSelectorConfig sameWeekSwaps = new SwapMoveSelectorConfig();
        sameWeekSwaps.setFilterClass(SameWeekSwap.class);
        List<org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig> moves = new java.util.ArrayList<>(
                List.of(new ChangeMoveSelectorConfig(), sameWeekSwaps));
        if (search.pillarMoves()) {
            moves.add(new PillarChangeMoveSelectorConfig()
                    .withSubPillarType(SubPillarType.SEQUENCE)
                    .withSubPillarSequenceComparatorClass(SlotOrder.class)
                    .withPillarSelectorConfig(new PillarSelectorConfig()
                            .withMinimumSubPillarSize(2).withMaximumSubPillarSize(10)));
        }
        if (search.routineMoves() > 0) {
            moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RoutineMoves.class)
                    .withFixedProbabilityWeight(search.routineMoves()));
        }
        if (search.pairedRoutineMoves() > 0) {
            moves.add(new CartesianProductMoveSelectorConfig()
                    .withMoveSelectors(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RoutineMoves.class),
                            new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RoutineMoves.class))
                    .withFixedProbabilityWeight(search.pairedRoutineMoves()));
        }
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig();
        localSearch.setMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                moves.toArray(org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig[]::new)));
        localSearch.setAcceptorConfig(new LocalSearchAcceptorConfig()
                .withSimulatedAnnealingStartingTemperature(startingTemperature));
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
