package org.rehabplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;

/** The restrictions a patient reads each week, in plain words with something to picture for a lift limit. */
class WeekRulesTest {

    private final PatientWords words = SyntheticPlans.words("en");
    private final WeekRules rules = new WeekRules(words, false);

    private static PatientProfile profile(boolean prone, boolean floor, Restriction... restrictions) {
        return new PatientProfile("r-1", "R", null, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16), 12, 3,
                null, 30, 2, FallRisk.LOW, floor, prone, java.util.Set.of(Equipment.CHAIR), List.of(),
                List.of(restrictions));
    }

    @Test
    void aLiftLimitComesWithAnEverydayObjectNoHeavierThanTheLimit() {
        assertThat(rules.liftSentence(1.0)).isEqualTo("Don't lift more than 1 kg — about a bag of sugar.");
        assertThat(rules.liftSentence(2.0)).isEqualTo("Don't lift more than 2 kg — about a full kettle.");
        assertThat(rules.liftSentence(2.3)).isEqualTo("Don't lift more than 2.3 kg — about a full kettle.");
        assertThat(rules.liftSentence(4.5)).contains("4.5 kg").contains("4 litres) of milk");
        assertThat(rules.liftSentence(0)).isEqualTo(words.text("liftNothing"));
    }

    @Test
    void onlyTheRestrictionsInForceThatWeekArePrintedWithTheDayTheyEnd() {
        PatientProfile p = profile(true, true, Restriction.of(RestrictionType.NO_SPINAL_FLEXION, 12),
                Restriction.liftLimit(2.0, 4), Restriction.of(RestrictionType.NO_IMPACT, null),
                Restriction.exclude("bridge"));

        List<String> week2 = rules.sentences(p, 2);
        List<String> week5 = rules.sentences(p, 5);

        // procedure 2 November 2026: week 4 after it starts 30 November, so the limit holds until 29 November
        assertThat(week2).contains("Don't lift more than 2 kg — about a full kettle. Until 29 November 2026.")
                .anyMatch(s -> s.startsWith("Don't bend forward at the waist") && s.endsWith("Until 24 January 2027."))
                .contains(rules.rule(RestrictionType.NO_IMPACT))
                .noneMatch(s -> s.contains("bridge"));
        assertThat(week5).noneMatch(s -> s.contains("lift more than")).hasSize(2);
    }

    @Test
    void theLowestOfSeveralLiftLimitsIsTheOneTheyRead() {
        PatientProfile p = profile(true, true, Restriction.liftLimit(4.5, 12), Restriction.liftLimit(2.0, 6));

        assertThat(rules.sentences(p, 3)).singleElement().asString().startsWith("Don't lift more than 2 kg");
        assertThat(rules.sentences(p, 7)).singleElement().asString().startsWith("Don't lift more than 4.5 kg");
    }

    @Test
    void aPatientWhoCannotLieProneOrGetOnTheFloorIsToldSoEvenWithoutARestriction() {
        assertThat(rules.sentences(profile(false, false), 8))
                .containsExactly(rules.rule(RestrictionType.NO_PRONE), words.text("noFloor"));
        assertThat(rules.sentences(profile(true, true), 8)).isEmpty();
    }

    @Test
    void dosesReadAsWords() {
        assertThat(Doses.plain(dose(2, 10, null, 3), words)).isEqualTo("2 sets of 10");
        assertThat(Doses.plain(dose(1, 8, 5, 3), words)).isEqualTo("8 times, hold each 5 seconds");
        assertThat(Doses.plain(dose(2, null, null, 1), words)).isEqualTo("2 times, 1 minute each");
        assertThat(Doses.plain(dose(null, null, null, 15), words)).isEqualTo("15 minutes");
    }

    private static ScheduledExercise dose(Integer sets, Integer reps, Integer hold, Integer minutes) {
        return new ScheduledExercise("x", "X", null, 1, sets, reps, hold, minutes, "", false, List.of());
    }
}
