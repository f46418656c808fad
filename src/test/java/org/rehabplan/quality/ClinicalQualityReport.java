package org.rehabplan.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogLoader;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.planning.QualityReportPlanner;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolLoader;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clinical quality report, a measurement rather than a test: {@code ./mvnw -B -ntp -Pquality verify}. Solves
 * every seed patient (each on its own protocol) and, for every shipped protocol, {@code rehabplan.quality.profiles}
 * (default 200) realistic random ones (seed {@code rehabplan.quality.seed}) with the production solver, {@code rehabplan.quality.seconds} (default 2) per plan,
 * reads each plan with {@link PlanAnalyser} against its protocol, prints a line per plan, the totals and an
 * ACCEPTANCE block per protocol and for all plans, and writes
 * the whole report with every finding to {@code target/quality-report.txt}. It fails only when it cannot run.
 */
@Tag("quality")
class ClinicalQualityReport {

    private static final int PROFILES = Integer.getInteger("rehabplan.quality.profiles", 200);
    private static final long SEED = Long.getLong("rehabplan.quality.seed", 20261129L);
    private static final double SECONDS = Double.parseDouble(System.getProperty("rehabplan.quality.seconds", "2"));
    /** Comma-separated refs ("rnd-127,seed 04-…") to re-check only those patients, each read week by week. */
    private static final String ONLY = System.getProperty("rehabplan.quality.only", "");
    private static final Path REPORT = Path.of("target", "quality-report.txt");

    /** The protocol a profile that names none is planned with (the application's default). */
    private static final String DEFAULT_PROTOCOL = "kyphoplasty";

    private record Patient(String ref, PatientProfile profile) {
    }

    /** What the report needs per protocol: its planner, its analyser and its tally. */
    private record PerProtocol(Protocol protocol, QualityReportPlanner planner, PlanAnalyser analyser,
                               QualityTally tally) {
    }

    @Test
    void measuresGeneratedPlansAsAPhysiotherapistWouldReadThem() throws IOException {
        // the solver logs every phase of every plan at INFO; the report's own lines are the progress
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.optaplanner")).setLevel(Level.WARN);
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Catalog catalog = new CatalogLoader(mapper).load("file:exercises/");
        Map<String, Protocol> protocols = new ProtocolLoader(mapper).load("file:exercises/", catalog);
        Map<String, PerProtocol> byProtocol = new java.util.LinkedHashMap<>();
        for (Protocol protocol : protocols.values()) {
            byProtocol.put(protocol.id(), new PerProtocol(protocol, new QualityReportPlanner(catalog, protocol,
                    Duration.ofMillis(Math.round(SECONDS * 1000))),
                    new PlanAnalyser(PlanAnalyser.WeeklyTargets.of(protocol), ExerciseFacts.of(catalog),
                            protocol.phases().getLast().fromWeek()),
                    new QualityTally()));
        }

        List<Patient> patients = new ArrayList<>();
        File[] seeds = new File("seeds").listFiles((dir, name) -> name.endsWith(".json"));
        Arrays.sort(seeds, Comparator.comparing(File::getName));
        for (File seed : seeds) {
            patients.add(new Patient("seed " + seed.getName().replace(".json", ""),
                    mapper.readValue(seed, PatientProfile.class)));
        }
        for (Protocol protocol : protocols.values()) {
            new RandomProfiles(catalog, protocol, SEED).next(PROFILES)
                    .forEach(p -> patients.add(new Patient(protocol.id() + " " + p.patientRef(), p)));
        }
        if (!ONLY.isBlank()) {
            List<String> only = Arrays.stream(ONLY.split(",")).map(String::trim).toList();
            patients.removeIf(p -> !only.contains(p.ref()));
        }

        List<String> report = new ArrayList<>();
        report.add("RehabPlan clinical quality report, " + LocalDateTime.now().withNano(0));
        report.add(String.format(Locale.ROOT, "%d seed + %d random profiles per protocol (seed %d), %.1f s per plan, "
                + "protocols %s", seeds.length, PROFILES, SEED, SECONDS, protocols.keySet()));
        long untimed = catalog.exercises().stream()
                .filter(e -> !e.isTimed() && (e.tempoSeconds() == null || e.restSeconds() == null)).count();
        report.add(String.format(Locale.ROOT, "dose time: the catalog's seconds per repetition and rest between sets; "
                        + "%d counted exercises lack one and are timed at %.0f s a repetition, %.0f s rest", untimed,
                ExerciseFacts.DEFAULT_TEMPO_SECONDS, ExerciseFacts.DEFAULT_REST_SECONDS));
        report.add("");
        report.forEach(System.out::println);

        QualityTally total = new QualityTally();
        List<String> planLines = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        List<String> seedPlans = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < patients.size(); i++) {
            Patient patient = patients.get(i);
            PerProtocol on = byProtocol.get(patient.profile().protocolId() == null ? DEFAULT_PROTOCOL
                    : patient.profile().protocolId());
            QualityReportPlanner planner = on.planner();
            long t0 = System.nanoTime();
            PlanResult plan = planner.solve(patient.profile());
            QualityTally tally = on.analyser().analyse(patient.ref(), plan);
            List<String> unsafe = planner.safetyViolations(patient.profile(), plan);
            tally.safetyViolations = unsafe.size();
            violations.addAll(unsafe);
            boolean sitToStandSafe = catalog.exercises().stream().filter(e -> e.id().contains("sit-to-stand"))
                    .anyMatch(e -> planner.safeInSomeWeek(patient.profile(), e));
            PlanAnalyser.sitToStand(tally, plan, sitToStandSafe);
            PlanAnalyser.sessionFill(tally, plan, patient.profile().minutesPerSession());
            PlanAnalyser.redFlag(tally, plan, patient.profile().painLevel(), on.protocol());
            // a plan flagged "no safe plan" is never shown as a plan: its limits count for safety, not its doses
            QualityTally counted = plan.feasible() ? tally : QualityTally.infeasible(tally);
            total.add(counted);
            on.tally().add(counted);
            if (i < seeds.length || !ONLY.isBlank()) {
                seedPlans.addAll(QualityReport.weekByWeek(patient.ref() + ": " + QualityReport.profile(
                        patient.profile()), PlanReading.weeks(plan)));
            }
            String line = QualityReport.planLine(patient.ref(), patient.profile(), tally);
            planLines.add(line);
            System.out.printf(Locale.ROOT, "[%3d/%d %4.1f s] %s%n", i + 1, patients.size(),
                    (System.nanoTime() - t0) / 1e9, line);
        }

        List<String> summary = new ArrayList<>();
        summary.add("");
        summary.add("TOTALS (" + Math.round((System.nanoTime() - started) / 1e9) + " s)");
        QualityReport.totals(total).forEach(l -> summary.add("  " + l));
        summary.add("");
        summary.addAll(QualityReport.acceptance(total));
        for (PerProtocol on : byProtocol.values()) {
            summary.add("");
            summary.add("PROTOCOL " + on.protocol().id() + " (" + on.tally().plans + " plans)");
            QualityReport.totals(on.tally()).forEach(l -> summary.add("  " + l));
            QualityReport.acceptance(on.tally()).forEach(l -> summary.add("  " + l));
        }
        summary.forEach(System.out::println);

        report.add("PER PLAN");
        report.addAll(planLines);
        report.addAll(summary);
        report.add("");
        report.add("SAFETY VIOLATIONS (" + violations.size() + ")");
        report.addAll(violations);
        report.add("");
        report.add("SEED PLANS WEEK BY WEEK (id, level, dose, minutes)");
        report.addAll(seedPlans);
        report.add("");
        report.add("EXERCISES SCHEDULED (times, most used first; * = counts toward no target)");
        total.timesScheduled.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> report.add(String.format(Locale.ROOT, "%7d  %s%s", e.getValue(), e.getKey(),
                        catalog.find(e.getKey()).map(x -> x.countsToward().isEmpty()).orElse(false) ? " *" : "")));
        report.add("");
        report.add("FINDINGS (" + total.findings.size() + ")");
        report.addAll(total.findings);
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report);
        System.out.println("Full report with every finding: " + REPORT.toAbsolutePath());

        // a measurement: it only refuses to report on nothing
        assertThat(total.plans).isEqualTo(patients.size());
        assertThat(total.scheduled).as("scheduled exercises").isPositive();
    }
}
