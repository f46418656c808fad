package org.rehabplan.patient.visit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeekRenumberingTest {

    @Test
    void planWeekNumbersInSentencesMoveToTheWholePlansNumbering() {
        assertThat(WeekRenumbering.shift("Week 2, Monday: 4 of 30 minutes unused", 3))
                .isEqualTo("Week 5, Monday: 4 of 30 minutes unused");
        assertThat(WeekRenumbering.shift("Safe in weeks 1–3, 5 but not chosen", 2))
                .isEqualTo("Safe in weeks 3–5, 7 but not chosen");
        assertThat(WeekRenumbering.shift("Bridge is still in week 5, four weeks after week 1", 2))
                .isEqualTo("Bridge is still in week 7, four weeks after week 3");
    }

    @Test
    void weeksCountedFromTheProcedureStayAsTheyAre() {
        assertThat(WeekRenumbering.shift("No twisting until week 12", 4)).isEqualTo("No twisting until week 12");
        assertThat(WeekRenumbering.shift("Step-up starts 6 weeks after the procedure at the earliest (week 1 is 4 "
                + "weeks after)", 2)).isEqualTo("Step-up starts 6 weeks after the procedure at the earliest (week 3 "
                + "is 4 weeks after)");
    }
}
