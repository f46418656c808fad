package org.rehabplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.protocol.RestrictionType;

/** Doses, dates, numbers and lift limits in each patient language's own conventions. */
class PatientWordsTest {

    private final PatientWords english = SyntheticPlans.words("en");
    private final PatientWords spanish = SyntheticPlans.words("es");

    @Test
    void dosesReadAsSpanishWordsWithSpanishPlurals() {
        assertThat(Doses.plain(dose(3, 10, null, null), spanish)).isEqualTo("3 series de 10");
        assertThat(Doses.plain(dose(1, 8, 5, null), spanish)).isEqualTo("8 veces; mantenga 5 segundos cada vez");
        assertThat(Doses.plain(dose(1, 1, 1, null), spanish)).isEqualTo("1 vez; mantenga 1 segundo cada vez");
        assertThat(Doses.plain(dose(2, null, null, 1), spanish)).isEqualTo("2 veces, 1 minuto cada vez");
        assertThat(Doses.plain(dose(null, null, null, 15), spanish)).isEqualTo("15 minutos");
        assertThat(Doses.plain(dose(1, 1, null, null), english)).isEqualTo("1 time");
    }

    @Test
    void datesAreWrittenOutTheWayEachLanguageWritesThem() {
        LocalDate monday = LocalDate.of(2026, 12, 7);

        assertThat(spanish.weekdayLong(monday)).isEqualTo("lunes 7 de diciembre de 2026");
        assertThat(english.weekdayLong(monday)).isEqualTo("Monday 7 December 2026");
        assertThat(spanish.weekRange(monday)).isEqualTo("del 7 al 13 de diciembre de 2026");
        assertThat(spanish.weekRange(LocalDate.of(2026, 12, 28))).isEqualTo("del 28 de diciembre de 2026 al 3 de "
                + "enero de 2027");
        assertThat(english.weekRange(LocalDate.of(2026, 11, 30))).isEqualTo("30 November to 6 December 2026");
    }

    @Test
    void aLiftLimitUsesTheLanguagesDecimalMarkAndItsOwnEverydayObject() {
        assertThat(new WeekRules(spanish, false).liftSentence(2.3))
                .isEqualTo("No levante más de 2,3 kg, más o menos lo que pesa una botella grande de agua (2 litros).");
        assertThat(new WeekRules(english, false).liftSentence(2.3))
                .isEqualTo("Don't lift more than 2.3 kg — about a full kettle.");
    }

    @Test
    void aClinicThatAsksForPoundsGetsThemAfterTheKilograms() {
        assertThat(new WeekRules(english, true).liftSentence(4.5))
                .isEqualTo("Don't lift more than 4.5 kg (10 lb) — about a gallon (4 litres) of milk.");
        assertThat(new WeekRules(english, true).liftSentence(2.3)).contains("2.3 kg (5 lb)");
        assertThat(new WeekRules(spanish, true).liftSentence(4.5)).contains("4,5 kg (10 libras)");
        assertThat(new WeekRules(english, false).liftSentence(4.5)).doesNotContain("lb");
    }

    @Test
    void poundsAreWholeFromTwoPoundsUpAndOneDecimalBelow() {
        assertThat(WeekRules.poundsOf(4.5)).isEqualTo(10);
        assertThat(WeekRules.poundsOf(7)).isEqualTo(15);
        assertThat(WeekRules.poundsOf(0.5)).isEqualTo(1.1);
    }

    @Test
    void eachRestrictionHasItsSentenceInEveryLanguage() {
        for (RestrictionType type : RestrictionType.values()) {
            if (type == RestrictionType.LIFT_LIMIT || type == RestrictionType.EXCLUDE_EXERCISE) {
                continue;
            }
            assertThat(new WeekRules(spanish, false).rule(type)).isNotBlank()
                    .isNotEqualTo(new WeekRules(english, false).rule(type));
        }
    }

    @Test
    void anUnknownLanguageReadsAsEnglish() {
        assertThat(SyntheticPlans.words("fr").text("title")).isEqualTo("Your exercise schedule");
        assertThat(SyntheticPlans.words(null).languageTag()).isEqualTo("en-GB");
        assertThat(spanish.languageTag()).isEqualTo("es-ES");
    }

    private static ScheduledExercise dose(Integer sets, Integer reps, Integer hold, Integer minutes) {
        return new ScheduledExercise("x", "X", null, 1, sets, reps, hold, minutes, "", false, List.of());
    }
}
