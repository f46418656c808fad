package org.rehabplan.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabplan.patient.Profiles.aProfile;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogLoader;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.ExerciseFamily;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.planning.service.PlanProblemFactory;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolLoader;
import tools.jackson.databind.json.JsonMapper;

/** The progression ladder over the shipped catalog and kyphoplasty protocol. */
class ProgressionLadderTest {

    private static Catalog catalog;
    private static PlanProblemFactory factory;

    @BeforeAll
    static void load() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        catalog = new CatalogLoader(mapper).load("file:exercises/");
        Protocol protocol = new ProtocolLoader(mapper).load("file:exercises/", catalog).get("kyphoplasty");
        factory = new PlanProblemFactory(catalog, protocol);
    }

    private static List<PlanWeek> weeks(PatientProfile profile) {
        return factory.weeks(profile.planWeeks(), w -> profile);
    }

    @Test
    void aFamilyNeverStepsBackWithoutAReasonAndItsDoseCarriesAcrossPhaseBoundaries() {
        // 1 week out, 16 weeks: protection, early strengthening, progressive loading and long-term phases
        PatientProfile profile = aProfile().weeksOut(1).weeks(16).sessions(3).pain(2).build();
        List<PlanWeek> weeks = weeks(profile);
        for (ExerciseFamily family : catalog.families()) {
            LadderStep before = null;
            for (PlanWeek week : weeks) {
                LadderStep now = week.ladder().get(family.id());
                if (before != null && now != null && now.steppedBackFor() == null) {
                    int was = family.indexOf(before.exercise());
                    int is = family.indexOf(now.exercise());
                    assertThat(is).as(family.id() + " variant in " + week).isGreaterThanOrEqualTo(was);
                    if (is == was) {
                        assertThat(now.dose().seconds()).as(family.id() + " dose in " + week)
                                .isGreaterThanOrEqualTo(before.dose().seconds());
                    }
                    assertThat(now.step() - before.step()).as(family.id() + " steps in " + week).isBetween(0, 1);
                }
                before = now == null ? before : now;
            }
        }
    }

    @Test
    void eachDoseStepAddsAboutATenthOfTheWorkAndTheLastReachesTheTopOfTheRange() {
        for (Exercise e : catalog.exercises()) {
            List<Prescription> steps = DoseSteps.of(e, 0.1);
            for (int i = 1; i < steps.size() - 1; i++) {
                assertThat(steps.get(i).volume()).as(e.id() + " step " + i)
                        .isGreaterThanOrEqualTo(steps.get(i - 1).volume() * 1.1 - 1e-9);
            }
            Prescription top = steps.getLast();
            if (e.dose().reps() != null) {
                assertThat(top.reps()).as(e.id()).isEqualTo((int) Math.round(e.dose().reps().max()));
            }
        }
    }

    @Test
    void highPainHoldsDosesWhereTheyStart() {
        PatientProfile profile = aProfile().weeksOut(3).weeks(4).sessions(3).pain(8).build();
        List<PlanWeek> weeks = weeks(profile);
        weeks.getLast().ladder().values().forEach(step -> assertThat(step.step()).isZero());
    }

    @Test
    void aPainRiseStepsAFamilyBackToAnEasierVariantAndSaysWhy() {
        PatientProfile calm = aProfile().weeksOut(14).weeks(8).sessions(3).pain(1).build();
        PatientProfile painful = aProfile().weeksOut(14).weeks(8).sessions(3).pain(8).build();
        List<PlanWeek> weeks = factory.weeks(8, w -> w <= 4 ? calm : painful);
        long steppedBack = weeks.get(4).ladder().values().stream().filter(s -> s.steppedBackFor() != null)
                .peek(s -> assertThat(s.steppedBackFor()).isEqualTo(SafetyRule.LEVEL_ABOVE_PAIN_CAP))
                .peek(s -> assertThat(s.exercise().level()).isLessThanOrEqualTo(2)).count();
        assertThat(steppedBack).isPositive();
    }

    @Test
    void aFamilyStartsNearTheAllowedLevelForAPatientMonthsAfterTheProcedure() {
        PatientProfile longTerm = aProfile().weeksOut(20).weeks(2).sessions(3).pain(0).build();
        PlanWeek first = weeks(longTerm).getFirst();
        Exercise sitToStand = catalog.find("sit-to-stand").orElseThrow();
        LadderStep step = first.ladder().get(catalog.familyOf(sitToStand).id());
        assertThat(step.exercise().level()).isGreaterThanOrEqualTo(first.levelCap() - 3);
        assertThat(step.step()).isZero();
    }
}
