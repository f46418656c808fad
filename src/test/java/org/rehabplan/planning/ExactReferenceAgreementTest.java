package org.rehabplan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.Session;
import org.rehabplan.planning.model.Slot;
import org.rehabplan.planning.solver.PlanningProperties;
import org.rehabplan.planning.solver.SolverConfiguration;

/**
 * The benchmark's exact reference (a CP-SAT program) must score plans exactly as the app does, or its optimum says
 * nothing about the app's plans: its optimal plan, put back into slots and scored by the app's own SolutionManager,
 * gets the objective CP-SAT reports, and the app's own solver never beats a proven optimum.
 */
class ExactReferenceAgreementTest {

    private final SolverFactory<ExercisePlan> solverFactory = SolverFactory.create(SolverConfiguration.solverConfig(
            PlanningProperties.of(Duration.ZERO, Duration.ofSeconds(20), 1)));
    private final SolutionManager<ExercisePlan, HardMediumSoftScore> scores = SolutionManager.create(solverFactory);

    @Test
    void exactOptimumScoredByTheAppEqualsTheExactObjective() {
        ExercisePlan problem = BenchmarkProblems.problem(2, 1);
        ExactReference.Result exact = ExactReference.solve(problem, 120, 8);

        assertThat(exact.optimal()).as("solved to optimality").isTrue();
        HardMediumSoftScore app = scores.update(ExactReference.apply(problem, exact));
        assertThat(app).isEqualTo(exact.score());
        assertThat(app.isFeasible()).isTrue();
    }

    @Test
    void exactModelScoresTheAppsOwnPlanAsTheAppDoes() {
        ExercisePlan solved = solverFactory.buildSolver().solve(BenchmarkProblems.problem(4, 1));

        assertThat(ExactReference.score(solved)).isEqualTo(solved.getScore());
    }

    /** The app's plan thinned in its third week (one exercise less per session) has falls in volume to score. */
    @Test
    void exactModelScoresUnexplainedVolumeFallsAsTheAppDoes() {
        ExercisePlan plan = solverFactory.buildSolver().solve(BenchmarkProblems.problem(4, 1));
        for (Session session : plan.getSessions()) {
            List<Slot> filled = plan.getSlots().stream()
                    .filter(s -> s.getSession() == session && s.getExercise() != null).toList();
            if (session.week().index() == 3 && filled.size() > 1) {
                filled.getLast().setExercise(null);
            }
        }
        HardMediumSoftScore app = scores.update(plan);
        long falls = scores.explain(plan).getConstraintMatchTotalMap().values().stream()
                .filter(total -> total.getConstraintName().equals("No unexplained fall in volume"))
                .mapToLong(total -> total.getConstraintMatchCount()).sum();

        assertThat(falls).as("the thinned week has unexplained falls").isPositive();
        assertThat(ExactReference.score(plan)).isEqualTo(app);
    }

    @Test
    void appSolverNeverBeatsAProvenOptimum() {
        ExercisePlan solved = solverFactory.buildSolver().solve(BenchmarkProblems.problem(2, 1));
        ExactReference.Result exact = ExactReference.solve(BenchmarkProblems.problem(2, 1), 120, 8);

        assertThat(exact.optimal()).isTrue();
        assertThat(solved.getScore()).isLessThanOrEqualTo(exact.score());
        assertThat(exact.softBound()).isEqualTo(exact.score().softScore());
    }
}
