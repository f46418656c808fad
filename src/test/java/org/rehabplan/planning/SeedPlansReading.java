package org.rehabplan.planning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogLoader;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.service.PlanAssembler;
import org.rehabplan.planning.service.PlanProblemFactory;
import org.rehabplan.planning.solver.PlanningProperties;
import org.rehabplan.planning.solver.SolverConfiguration;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: writes each demo patient's plan week by week to {@code target/plans/}, for a therapist's reading
 * ({@code ./mvnw test -Dtest=SeedPlansReading -DexcludedGroups=none}).
 */
@Tag("benchmark")
class SeedPlansReading {

    @Test
    void writeEverySeedPlanWeekByWeek() throws Exception {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Catalog catalog = new CatalogLoader(mapper).load("file:exercises/");
        // every shipped protocol; a seed that names none is planned with the application's default
        PlanProblemFactory factory = new PlanProblemFactory(catalog, new org.rehabplan.protocol.ProtocolRegistry(
                new ProtocolLoader(mapper).load("file:exercises/", catalog), "kyphoplasty"));
        // the application's search unless -Drehabplan.solver.routine-search says otherwise;
        // -Drehabplan.seeds=04,07 picks seeds
        boolean routines = Boolean.parseBoolean(System.getProperty("rehabplan.solver.routine-search", String.valueOf(
                PlanningProperties.of(java.time.Duration.ZERO, java.time.Duration.ZERO, 1).routineSearch())));
        SolverConfig config = SolverConfiguration.solverConfig(new PlanningProperties(
                java.time.Duration.ZERO, java.time.Duration.ofSeconds(20), 1, 0, routines));
        List<String> only = List.of(System.getProperty("rehabplan.seeds", "").split(",")).stream()
                .filter(s -> !s.isBlank()).toList();
        SolverFactory<ExercisePlan> solverFactory = SolverFactory.create(config);
        SolutionManager<ExercisePlan, HardMediumSoftScore> scores = SolutionManager.create(solverFactory);
        Path out = Files.createDirectories(Path.of("target", "plans"));
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().filter(s -> only.isEmpty()
                    || only.stream().anyMatch(o -> s.getFileName().toString().startsWith(o))).toList()) {
                PatientProfile profile = mapper.readValue(seed.toFile(), PatientProfile.class);
                long start = System.nanoTime();
                ExercisePlan solved = solverFactory.buildSolver().solve(factory.create(profile, List.of()));
                System.out.printf("%s: %s in %d ms%n", seed.getFileName(), solved.getScore(),
                        (System.nanoTime() - start) / 1_000_000);
                PlanResult plan = PlanAssembler.assemble(solved, scores.explain(solved));
                Files.writeString(out.resolve(seed.getFileName().toString().replace(".json", ".txt")),
                        describe(profile, plan));
            }
        }
    }

    static String describe(PatientProfile profile, PlanResult plan) {
        StringBuilder text = new StringBuilder();
        text.append(profile.patientRef()).append(" (").append(plan.protocol()).append("): pain ").append(profile.painLevel()).append(", fall risk ")
                .append(profile.fallRisk()).append(", ").append(profile.sessionsPerWeek()).append(" x ")
                .append(profile.minutesPerSession()).append(" min, equipment ").append(profile.equipment())
                .append(", floor ").append(profile.canGetOnFloor()).append(", prone ").append(profile.toleratesProne())
                .append(", on back ").append(profile.liesOnBack()).append(", stands only with help ")
                .append(profile.needsHelpToStand()).append(", walking aid ").append(profile.usesWalkingAid())
                .append(", no push/pull ").append(profile.avoidsPushPull())
                .append("\nscore ").append(plan.score()).append(" feasible ").append(plan.feasible())
                .append("\nalerts ").append(plan.alerts()).append("\nremoved defaults ").append(plan.removedDefaults())
                .append('\n');
        for (PlanResult.WeekPlan week : plan.weeks()) {
            text.append("\n== week ").append(week.week()).append(" (").append(week.weeksAfterProcedure())
                    .append(" wk after, ").append(week.phase()).append(")\n");
            for (PlanResult.SessionPlan session : week.sessions()) {
                text.append("  ").append(session.day()).append(" ").append(session.totalMinutes()).append(" min: ")
                        .append(session.exercises().stream().map(e -> e.exerciseId() + " L" + e.level() + " ["
                                + e.dose() + "] " + e.minutes() + "'").collect(Collectors.joining(" | ")))
                        .append('\n');
            }
            week.homework().forEach(h -> text.append("  homework: ").append(h.exerciseId()).append(' ')
                    .append(h.minutes()).append(" min x ").append(h.days()).append(" days\n"));
            week.stepBackReasons().forEach(s -> text.append("  step back: ").append(s.reason()).append('\n'));
        }
        plan.explanation().stream().filter(c -> !c.level().equals("HARD"))
                .forEach(c -> text.append("\n").append(c.level()).append(" ").append(c.constraint()).append(" ")
                        .append(c.score()).append(": ").append(c.matches().stream().limit(4).toList()));
        return text.append('\n').toString();
    }
}
