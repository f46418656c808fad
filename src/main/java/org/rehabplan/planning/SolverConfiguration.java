package org.rehabplan.planning;

import java.util.List;
import java.util.UUID;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Solver beans declared by hand: the OptaPlanner Spring Boot starter does not run on Boot 4 (STACK.md). */
@Configuration
class SolverConfiguration {

    static SolverConfig solverConfig(PlanningProperties properties) {
        return new SolverConfig()
                .withSolutionClass(ExercisePlan.class)
                .withEntityClasses(Slot.class)
                .withConstraintProviderClass(PlanConstraints.class)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new PlanInitializer())),
                        new LocalSearchPhaseConfig())
                .withTerminationConfig(new TerminationConfig()
                        .withUnimprovedMillisecondsSpentLimit(properties.unimprovedLimit().toMillis())
                        .withMillisecondsSpentLimit(properties.timeLimit().toMillis()));
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
