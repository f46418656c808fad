package org.rehabplan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.rehabplan.base.ReasonText;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogLoader;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.planning.constraints.Justifications;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.service.PlanProblemFactory;
import org.rehabplan.planning.solver.PlanningProperties;
import org.rehabplan.planning.solver.SolverConfiguration;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolLoader;
import tools.jackson.databind.json.JsonMapper;

/** Whatever rule a plan breaks, the explanation says so in a sentence a therapist can read, in English and Spanish. */
class ExplanationSentencesTest {

    @Test
    void everyConstraintMatchOfAPoorPlanCarriesAReasonThatReadsAsASentenceInEnglishAndSpanish() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Catalog catalog = new CatalogLoader(mapper).load("file:exercises/");
        Protocol protocol = new ProtocolLoader(mapper).load("file:exercises/", catalog).get("kyphoplasty");
        PlanProblemFactory factory = new PlanProblemFactory(catalog, protocol);
        PatientProfile profile = new PatientProfile("explain", null, null, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 9), 8, 3, List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                20, 5, FallRisk.HIGH, false, false, EnumSet.of(Equipment.CHAIR), List.of("chin-tuck-seated"),
                protocol.defaultRestrictionsFrom(0));
        String contraindicated = catalog.exercises().stream().filter(e -> e.isContraindicated()).findFirst()
                .orElseThrow().id();
        // a therapist's locks can be unsafe: the same contraindicated exercise twice in week 1's first session
        List<PinnedExercise> pins = List.of(new PinnedExercise(1, 1, contraindicated),
                new PinnedExercise(1, 1, contraindicated));
        ExercisePlan plan = PlanBenchmark.greedyFirstFit(factory.create(profile, pins));
        SolutionManager<ExercisePlan, HardMediumSoftScore> scores = SolutionManager.create(SolverFactory.create(
                SolverConfiguration.solverConfig(PlanningProperties.of(Duration.ofSeconds(1), Duration.ofSeconds(1), 1))));

        ScoreExplanation<ExercisePlan, HardMediumSoftScore> explanation = scores.explain(plan);

        ReasonText words = Words.over(catalog);
        Set<String> matched = new TreeSet<>();
        for (ConstraintMatchTotal<HardMediumSoftScore> total : explanation.getConstraintMatchTotalMap().values()) {
            for (ConstraintMatch<HardMediumSoftScore> match : total.getConstraintMatchSet()) {
                matched.add(total.getConstraintName());
                assertThat((Object) match.getJustification()).as(total.getConstraintName())
                        .isInstanceOf(Justifications.Explained.class);
                var reason = ((Justifications.Explained) match.getJustification()).reason();
                for (Locale language : List.of(Locale.ENGLISH, Words.SPANISH)) {
                    String sentence = words.render(reason, language);
                    assertThat(sentence).as(total.getConstraintName()).matches("\\p{Lu}.*\\S")
                            .doesNotContain("null").doesNotContain("_").doesNotContain("{");
                    assertThat(sentence.split(" ")).as(sentence).hasSizeGreaterThan(4);
                }
                assertThat(words.render(reason, Words.SPANISH)).as("in Spanish")
                        .isNotEqualTo(words.render(reason, Locale.ENGLISH));
            }
        }
        assertThat(matched).contains("Contraindicated exercises", "No exercise twice in a session",
                "Week covers its phase's categories", "Time used well");
        assertThat(explanation.getScore().hardScore()).isNegative();
    }
}
