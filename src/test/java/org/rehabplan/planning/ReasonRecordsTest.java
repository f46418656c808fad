package org.rehabplan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.rehabplan.base.Reason;
import org.rehabplan.base.ReasonText;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogLoader;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.model.SafetyRule;
import org.rehabplan.planning.service.PlanAssembler;
import org.rehabplan.planning.service.PlanProblemFactory;
import org.rehabplan.planning.service.StepBacks;
import org.rehabplan.planning.solver.PlanningProperties;
import org.rehabplan.planning.solver.SolverConfiguration;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolLoader;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of reason a plan gives is stored as data ({code, week, exerciseId, args}): it comes back unchanged from
 * the stored plan JSON and reads as a whole sentence in English and in Spanish, with no code or placeholder left.
 */
class ReasonRecordsTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static Catalog catalog;
    private static ReasonText words;
    /** A poor plan on purpose: a locked contraindicated exercise twice, pain 7/10 a week after the procedure. */
    private static PlanResult poorPlan;
    private static PlanResult readBack;

    @BeforeAll
    static void assembleAPoorPlanAndReadItBack() {
        catalog = new CatalogLoader(JSON).load("file:exercises/");
        words = Words.over(catalog);
        Protocol protocol = new ProtocolLoader(JSON).load("file:exercises/", catalog).get("kyphoplasty");
        PlanProblemFactory factory = new PlanProblemFactory(catalog, protocol);
        PatientProfile profile = new PatientProfile("reasons", null, null, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 9), 8, 3, List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                20, 7, FallRisk.HIGH, false, false, EnumSet.of(Equipment.CHAIR), List.of("chin-tuck-seated"),
                new ArrayList<>(List.of(Restriction.liftLimit(2.5, 12), Restriction.of(RestrictionType.NO_IMPACT, 8))));
        String contraindicated = catalog.exercises().stream().filter(Exercise::isContraindicated).findFirst()
                .orElseThrow().id();
        List<PinnedExercise> pins = List.of(new PinnedExercise(1, 1, contraindicated),
                new PinnedExercise(1, 1, contraindicated));
        ExercisePlan plan = PlanBenchmark.greedyFirstFit(factory.create(profile, pins));
        SolutionManager<ExercisePlan, HardMediumSoftScore> scores = SolutionManager.create(SolverFactory.create(
                SolverConfiguration.solverConfig(PlanningProperties.of(Duration.ofSeconds(1), Duration.ofSeconds(1), 1))));
        var explanation = scores.explain(plan);
        poorPlan = PlanAssembler.assemble(plan, explanation);
        readBack = JSON.readValue(JSON.writeValueAsString(poorPlan), PlanResult.class);
    }

    /** The reasons of the plan by kind, as the reader finds them. */
    private static Map<String, List<Reason>> byKind(PlanResult plan) {
        Map<String, List<Reason>> kinds = new LinkedHashMap<>();
        kinds.put("restriction", plan.weeks().stream().flatMap(w -> w.restrictions().stream()).toList());
        kinds.put("why", plan.weeks().stream().flatMap(w -> w.sessions().stream())
                .flatMap(s -> s.exercises().stream()).flatMap(e -> e.why().stream()).toList());
        kinds.put("exclusion", plan.excluded().stream().flatMap(x -> x.reasons().stream()).toList());
        kinds.put("constraint", plan.explanation().stream().flatMap(c -> c.matches().stream()).toList());
        kinds.put("conflict", plan.conflicts());
        kinds.put("alert", plan.alerts().stream().map(PlanResult.Alert::reason).toList());
        return kinds;
    }

    @Test
    void everyKindOfReasonComesBackUnchangedFromTheStoredPlanJson() {
        assertThat(readBack).isEqualTo(poorPlan);
        byKind(poorPlan).forEach((kind, reasons) -> assertThat(reasons).as(kind).isNotEmpty()
                .allSatisfy(r -> assertThat(r.code()).as(kind).matches("[A-Z_]+").isNotEqualTo(Reason.LEGACY)));
        assertThat(readBack.alerts()).extracting(PlanResult.Alert::code).containsExactly("REFER_BACK");
    }

    @Test
    void everyKindOfReasonReadsAsASentenceInEnglishAndInSpanish() {
        byKind(readBack).forEach((kind, reasons) -> reasons.forEach(reason -> {
            String english = words.render(reason, Locale.ENGLISH);
            String spanish = words.render(reason, Words.SPANISH);
            for (String text : List.of(english, spanish)) {
                assertThat(text).as(kind + " " + reason).matches("\\p{Lu}.*\\S").doesNotContain("{")
                        .doesNotContain("null").doesNotContainPattern("[A-Z]{2,}_[A-Z]");
            }
            assertThat(spanish).as(kind + " " + reason).isNotEqualTo(english);
        }));
    }

    @Test
    void aRestrictionReadsTheSameWordsWhereverItIsShown() {
        Reason twisting = Restriction.of(RestrictionType.NO_SPINAL_ROTATION, 12).asReason(poorPlan.protocol());

        assertThat(words.render(twisting, Locale.ENGLISH)).isEqualTo("No twisting until 12 weeks after the procedure");
        assertThat(words.render(twisting, Words.SPANISH))
                .isEqualTo("No girar la espalda hasta 12 semanas después de la intervención");
        // the same key words the rule that keeps a twisting exercise out of the plan
        Reason excluded = poorPlan.excluded().stream().flatMap(x -> x.reasons().stream())
                .filter(r -> r.arg("because") instanceof Reason b && b.code().equals("LIFT_LIMIT")).findFirst()
                .orElseThrow();
        assertThat(words.render(excluded, Locale.ENGLISH)).contains("lift no more than 2.5 kg until 12 weeks after the procedure");
        assertThat(words.render(excluded, Words.SPANISH)).contains("no levantar más de 2,5 kg hasta 12 semanas después de la intervención");
    }

    @Test
    void stepBackReasonsComeBackUnchangedAndReadInBothLanguages() throws Exception {
        Exercise from = catalog.exercises().stream().filter(e -> e.level() >= 3 && !e.isContraindicated()).findFirst().orElseThrow();
        Exercise to = catalog.exercises().stream().filter(e -> e.category() == from.category() && e != from)
                .findFirst().orElseThrow();
        PlanWeek week = Fixtures.week(new PatientProfile("s", null, null, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 9), 2, 1, List.of(DayOfWeek.MONDAY), 30, 8, FallRisk.LOW, true, true,
                EnumSet.allOf(Equipment.class), List.of(), List.of()), 1, from, to);
        List<PlanResult.StepBack> stepBacks = List.of(
                new PlanResult.StepBack(from.category(), to.id(), SafetyRule.LEVEL_ABOVE_PAIN_CAP.name(),
                        Reason.of(StepBacks.REPLACES, 1, to.id(), "fromExercise", from.id(),
                                "because", SafetyRule.LEVEL_ABOVE_PAIN_CAP.reason(from, week))),
                new PlanResult.StepBack(from.category(), from.id(), StepBacks.NOT_ASKED,
                        Reason.of(StepBacks.NOT_ASKED, 1, from.id(), "phase", "Protection")),
                new PlanResult.StepBack(from.category(), to.id(), StepBacks.NEXT_VARIANT,
                        Reason.of(StepBacks.NEXT_VARIANT, 1, to.id(), "fromExercise", from.id(), "harder", 1)),
                new PlanResult.StepBack(from.category(), from.id(), StepBacks.PHASE_CHANGE,
                        Reason.of(StepBacks.PHASE_CHANGE, 1, from.id(), "ends", 0, "previousPhase", "Protection",
                                "phase", "Early strengthening")),
                new PlanResult.StepBack(from.category(), from.id(), StepBacks.SESSION_FULL,
                        Reason.of(StepBacks.SESSION_FULL, 1, from.id())));
        String json = JSON.writeValueAsString(stepBacks);
        List<PlanResult.StepBack> back = List.of(JSON.readValue(json, PlanResult.StepBack[].class));

        assertThat(back).isEqualTo(stepBacks);
        for (PlanResult.StepBack s : back) {
            String english = words.render(s.reason(), Locale.ENGLISH);
            String spanish = words.render(s.reason(), Words.SPANISH);
            assertThat(english).startsWith(catalog.find(s.reason().exerciseId()).orElseThrow().name())
                    .doesNotContain("{");
            assertThat(spanish).isNotEqualTo(english).doesNotContain("{");
        }
        assertThat(words.render(back.getFirst().reason(), Locale.ENGLISH))
                .contains("with pain at 8/10 the most allowed is level 2");
        assertThat(words.render(back.getFirst().reason(), Words.SPANISH))
                .contains("con dolor de 8/10 lo máximo permitido es el nivel 2");
    }

    @Test
    void aSentenceSavedBeforeReasonsWereDataReadsBackAsItWasWritten() {
        Reason old = JSON.readValue("\"Weeks 1–2: Sit-up bends the spine forward: no bending\"", Reason.class);

        assertThat(old.code()).isEqualTo(Reason.LEGACY);
        assertThat(words.render(old, Words.SPANISH)).isEqualTo("Weeks 1–2: Sit-up bends the spine forward: no bending");
    }
}
