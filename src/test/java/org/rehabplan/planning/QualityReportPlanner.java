package org.rehabplan.planning;

import java.time.Duration;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.service.PlanAssembler;
import org.rehabplan.planning.service.PlanProblemFactory;
import org.rehabplan.planning.solver.PlanningProperties;
import org.rehabplan.planning.solver.SolverConfiguration;
import org.rehabplan.protocol.Protocol;

/**
 * The clinical quality report ({@code org.rehabplan.quality}) needs the production solver and the independent safety
 * check, both package-private here: this test-scope door opens exactly those two and nothing else.
 */
public final class QualityReportPlanner {

    private final Catalog catalog;
    private final Protocol protocol;
    private final PlanProblemFactory factory;
    private final SolverFactory<ExercisePlan> solverFactory;
    private final SolutionManager<ExercisePlan, HardMediumSoftScore> solutionManager;

    /**
     * The production solver configuration (its step-count termination and fixed seed), with {@code limit} of
     * wall-clock time per plan as the safety net, so a report over hundreds of plans stays within minutes.
     */
    public QualityReportPlanner(Catalog catalog, Protocol protocol, Duration limit) {
        this.catalog = catalog;
        this.protocol = protocol;
        this.factory = new PlanProblemFactory(catalog, protocol);
        this.solverFactory = SolverFactory.create(
                SolverConfiguration.solverConfig(PlanningProperties.of(Duration.ZERO, limit, 1)));
        this.solutionManager = SolutionManager.create(solverFactory);
    }

    public PlanResult solve(PatientProfile profile) {
        ExercisePlan solved = solverFactory.buildSolver().solve(factory.create(profile, List.of()));
        return PlanAssembler.assemble(solved, solutionManager.explain(solved));
    }

    /** Hard-limit violations found by {@link IndependentSafetyCheck}, which never calls the solver's rules. */
    public List<String> safetyViolations(PatientProfile profile, PlanResult plan) {
        return new IndependentSafetyCheck(catalog, protocol, profile).violations(plan);
    }

    /** True when the independent check allows {@code exercise} in at least one week of the profile's plan. */
    public boolean safeInSomeWeek(PatientProfile profile, Exercise exercise) {
        IndependentSafetyCheck check = new IndependentSafetyCheck(catalog, protocol, profile);
        for (int week = 1; week <= profile.planWeeks(); week++) {
            if (check.unsafeBecause(exercise, profile.weeksAfterProcedure(week)).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
