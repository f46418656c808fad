package org.rehabplan.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabplan.patient.Profiles.aProfile;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogLoader;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.planning.constraints.PlanConstraints;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.Session;
import org.rehabplan.planning.model.Slot;
import org.rehabplan.planning.service.PlanProblemFactory;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolLoader;
import tools.jackson.databind.json.JsonMapper;

/** The solver's first phase on its own: a safe start that keeps the therapist's locks and meets the targets. */
class PlanInitializerTest {

    private static PlanProblemFactory factory;
    private static SolverFactory<ExercisePlan> firstPhaseOnly;

    @BeforeAll
    static void load() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Catalog catalog = new CatalogLoader(mapper).load("file:exercises/");
        Protocol protocol = new ProtocolLoader(mapper).load("file:exercises/", catalog).get("kyphoplasty");
        factory = new PlanProblemFactory(catalog, protocol);
        firstPhaseOnly = SolverFactory.create(new SolverConfig().withSolutionClass(ExercisePlan.class)
                .withEntityClasses(Slot.class).withConstraintProviderClass(PlanConstraints.class)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new PlanInitializer()))));
    }

    @Test
    void itKeepsLockedExercisesAndNeverOverfillsASession() {
        PatientProfile profile = aProfile().weeksOut(3).weeks(6).sessions(3).minutes(25)
                .equipment(Equipment.CHAIR, Equipment.WALL, Equipment.RESISTANCE_BAND).build();
        List<PinnedExercise> locks = List.of(new PinnedExercise(2, 1, "wall-stand"));

        ExercisePlan plan = firstPhaseOnly.buildSolver().solve(factory.create(profile, locks));

        assertThat(plan.getSlots()).filteredOn(Slot::isPinned).singleElement()
                .satisfies(slot -> assertThat(slot.getExercise().id()).isEqualTo("wall-stand"));
        Map<Session, Integer> minutes = plan.getSlots().stream()
                .collect(Collectors.groupingBy(Slot::getSession, Collectors.summingInt(Slot::getMinutes)));
        assertThat(minutes).allSatisfy((session, used) -> assertThat(used).isBetween(1, session.minutesBudget()));
        assertThat(plan.getScore().hardScore()).isZero();
    }

    @Test
    void aTwelveWeekFiveSessionProgramStartsWithEveryProtocolTargetMet() {
        PatientProfile profile = aProfile().weeksOut(2).weeks(12).sessions(5).minutes(40)
                .equipment(Equipment.values()).build();

        HardMediumSoftScore score = firstPhaseOnly.buildSolver().solve(factory.create(profile, List.of())).getScore();

        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).isZero();
    }
}
