package org.rehabplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabplan.patient.Profiles.aProfile;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogLoader;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.Slot;
import org.rehabplan.planning.service.PlanProblemFactory;
import org.rehabplan.planning.solver.PlanningProperties;
import org.rehabplan.planning.solver.SolverConfiguration;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolLoader;
import tools.jackson.databind.json.JsonMapper;

/** The production solver configuration plans by step counts and a fixed seed, not by the clock. */
class ReproduciblePlansTest {

    @Test
    void theSameProfileTwiceGivesTheIdenticalPlan() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Catalog catalog = new CatalogLoader(mapper).load("file:exercises/");
        Protocol protocol = new ProtocolLoader(mapper).load("file:exercises/", catalog).get("kyphoplasty");
        PlanProblemFactory factory = new PlanProblemFactory(catalog, protocol);
        // the production step limits; the wall-clock net is long enough never to decide
        SolverFactory<ExercisePlan> solvers = SolverFactory.create(SolverConfiguration.solverConfig(
                new PlanningProperties(Duration.ZERO, Duration.ofMinutes(2), 1, 0)));
        PatientProfile profile = aProfile().weeksOut(4).weeks(6).sessions(3).minutes(30).pain(3).build();

        ExercisePlan first = solvers.buildSolver().solve(factory.create(profile, List.of()));
        ExercisePlan second = solvers.buildSolver().solve(factory.create(profile, List.of()));

        assertThat(first.getScore()).isEqualTo(second.getScore());
        assertThat(first.getSlots()).extracting(Slot::toString)
                .containsExactlyElementsOf(second.getSlots().stream().map(Slot::toString).toList());
    }

    @Test
    void theEarlierSearchWithoutRoutineMovesGivesTheIdenticalPlanTwiceToo() {
        SolverFactory<ExercisePlan> solvers = SolverFactory.create(SolverConfiguration.solverConfig(
                new PlanningProperties(Duration.ZERO, Duration.ofMinutes(2), 1, 0, false)));

        ExercisePlan first = solvers.buildSolver().solve(BenchmarkProblems.problem(3, 1));
        ExercisePlan second = solvers.buildSolver().solve(BenchmarkProblems.problem(3, 1));

        assertThat(first.getScore()).isEqualTo(second.getScore());
        assertThat(first.getSlots()).extracting(Slot::toString)
                .containsExactlyElementsOf(second.getSlots().stream().map(Slot::toString).toList());
    }
}
