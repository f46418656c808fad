package org.rehabplan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogLoader;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.service.PlanAssembler;
import org.rehabplan.planning.service.PlanProblemFactory;
import org.rehabplan.planning.solver.PlanningProperties;
import org.rehabplan.planning.solver.SolverConfiguration;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolLoader;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Solves 1,000 random (seeded) patient profiles over the shipped catalog and every shipped protocol (each profile
 * names one, in turn) with a short time limit, then
 * checks every plan with {@link IndependentSafetyCheck}, which reads the catalog fields and the profile directly and
 * never calls the constraint code.
 */
class PlanSafetyPropertyTest {

    private static final int PROFILES = Integer.getInteger("rehabplan.property.profiles", 1_000);
    private static final long SEED = 20261124L;
    /**
     * Short solves: the first phase already yields a safe plan, so the property is about what the solver keeps, not
     * how far it gets; {@code -Drehabplan.property.limitMs=2000} (and more profiles) makes a longer run.
     */
    private static final long LIMIT_MS = Long.getLong("rehabplan.property.limitMs", 100);
    private static final long UNIMPROVED_MS = Math.max(10, LIMIT_MS / 5);

    private static Catalog catalog;
    private static org.rehabplan.protocol.ProtocolRegistry protocols;
    private static PlanProblemFactory factory;
    private static SolverFactory<ExercisePlan> solverFactory;
    private static SolutionManager<ExercisePlan, HardMediumSoftScore> solutionManager;

    @BeforeAll
    static void loadCatalogAndSolver() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        catalog = new CatalogLoader(mapper).load("file:exercises/");
        java.util.Map<String, Protocol> loaded = new ProtocolLoader(mapper).load("file:exercises/", catalog);
        protocols = new org.rehabplan.protocol.ProtocolRegistry(loaded, loaded.keySet().iterator().next());
        factory = new PlanProblemFactory(catalog, protocols);
        SolverConfig config = SolverConfiguration.solverConfig(
                        PlanningProperties.of(java.time.Duration.ofMillis(UNIMPROVED_MS), java.time.Duration.ofMillis(LIMIT_MS), 1))
                .withTerminationConfig(new TerminationConfig()
                        .withUnimprovedMillisecondsSpentLimit(UNIMPROVED_MS).withMillisecondsSpentLimit(LIMIT_MS));
        solverFactory = SolverFactory.create(config);
        solutionManager = SolutionManager.create(solverFactory);
    }

    @Test
    void noRandomProfileGetsAPlanThatBreaksItsLimitsAndImpossibleOnesAreFlagged() throws Exception {
        Random random = new Random(SEED);
        List<PatientProfile> profiles = new ArrayList<>();
        for (int i = 0; i < PROFILES; i++) {
            profiles.add(randomProfile(random, i));
        }
        AtomicInteger feasible = new AtomicInteger();
        AtomicInteger scheduled = new AtomicInteger();
        AtomicInteger impossible = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<List<String>>> checks = new ArrayList<>();
            for (PatientProfile profile : profiles) {
                checks.add(pool.submit(() -> {
                    ExercisePlan solved = solverFactory.buildSolver().solve(factory.create(profile, List.of()));
                    PlanResult result = PlanAssembler.assemble(solved, solutionManager.explain(solved));
                    IndependentSafetyCheck check = new IndependentSafetyCheck(catalog,
                            protocols.forId(profile.protocolId()), profile);
                    if (result.feasible()) {
                        feasible.incrementAndGet();
                    }
                    if (check.someWeekHasNothingSafe()) {
                        impossible.incrementAndGet();
                    }
                    scheduled.addAndGet(result.weeks().stream().flatMap(w -> w.sessions().stream())
                            .mapToInt(s -> s.exercises().size()).sum());
                    return check.violations(result);
                }));
            }
            List<String> violations = new ArrayList<>();
            for (Future<List<String>> check : checks) {
                violations.addAll(check.get());
            }
            assertThat(violations).isEmpty();
            assertThat(profiles.stream().map(PatientProfile::protocolId).distinct())
                    .containsExactlyInAnyOrderElementsOf(protocols.all().stream().map(Protocol::id).toList());
        } finally {
            pool.shutdownNow();
        }
        // The property would hold vacuously if nothing were scheduled; make sure the sample exercises the planner.
        assertThat(feasible.get()).as("feasible plans among %d", PROFILES).isGreaterThan(PROFILES / 2);
        assertThat(impossible.get()).as("profiles with a week where nothing is safe").isPositive();
        assertThat(scheduled.get()).isGreaterThan(PROFILES * 5);
    }

    /** A valid profile drawn from the whole input space the API accepts, biased towards realistic values. */
    static PatientProfile randomProfile(Random random, int index) {
        LocalDate procedure = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(300));
        LocalDate start = procedure.plusDays(random.nextInt(7 * 20));
        int sessions = 1 + random.nextInt(7);
        List<DayOfWeek> days = new ArrayList<>(List.of(DayOfWeek.values()));
        Collections.shuffle(days, random);
        EnumSet<Equipment> equipment = EnumSet.noneOf(Equipment.class);
        for (Equipment e : Equipment.values()) {
            if (random.nextDouble() < 0.55) {
                equipment.add(e);
            }
        }
        List<Restriction> restrictions = new ArrayList<>();
        for (RestrictionType type : RestrictionType.values()) {
            if (random.nextDouble() >= 0.5) {
                continue;
            }
            Integer until = random.nextBoolean() ? null : random.nextInt(20);
            switch (type) {
                case LIFT_LIMIT -> restrictions.add(Restriction.liftLimit(random.nextInt(10) * 0.5 + random.nextInt(3), until));
                case EXCLUDE_EXERCISE -> {
                    for (int n = random.nextInt(6); n > 0; n--) {
                        Exercise excluded = catalog.exercises().get(random.nextInt(catalog.size()));
                        restrictions.add(new Restriction(type, null, excluded.id(), until, null));
                    }
                }
                default -> restrictions.add(Restriction.of(type, until));
            }
        }
        if (random.nextDouble() < 0.05) {
            // now and then a very restricted patient: the therapist excluded most of the catalog, so some of these
            // leave a week with nothing safe and must come back flagged as infeasible
            for (Exercise exercise : catalog.exercises()) {
                if (random.nextDouble() < 0.95) {
                    restrictions.add(Restriction.exclude(exercise.id()));
                }
            }
        }
        List<Protocol> all = protocols.all();
        return new PatientProfile("prop-" + index, null, null, procedure, start, 1 + random.nextInt(8), sessions,
                random.nextBoolean() ? days.subList(0, sessions) : null, 5 + random.nextInt(56),
                random.nextInt(11), FallRisk.values()[random.nextInt(3)], random.nextDouble() < 0.7,
                random.nextDouble() < 0.6, equipment, List.of(), restrictions, false,
                all.get(index % all.size()).id(), random.nextDouble() < 0.8 ? null : random.nextBoolean(),
                random.nextDouble() < 0.85 ? null : Boolean.TRUE, random.nextDouble() < 0.85 ? null : Boolean.TRUE,
                random.nextDouble() < 0.8 ? null : Boolean.TRUE);
    }
}
