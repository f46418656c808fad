package org.rehabplan.planning.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabplan.patient.Profiles.aProfile;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rehabplan.base.Reason;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.Movement;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.planning.Fixtures;
import org.rehabplan.planning.Words;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;

class WeeklyReasonsTest {

    private static List<PlanWeek> weeks(PatientProfile profile, Exercise exercise) {
        return IntStream.rangeClosed(1, profile.planWeeks()).mapToObj(w -> Fixtures.week(profile, w, exercise))
                .toList();
    }

    @Test
    void eachReasonIsSaidOnceWithTheWeeksItHoldsIn() {
        // 2 weeks out at the start; the exercise is allowed from 5 weeks out, and twisting is barred until week 4
        PatientProfile profile = aProfile().weeksOut(2).weeks(6)
                .restriction(Restriction.of(RestrictionType.NO_SPINAL_ROTATION, 4)).build();
        Exercise twist = Fixtures.exercise("gentle-rotation").moves(Movement.SPINAL_ROTATION).from(5).build();

        List<Reason> reasons = WeeklyReasons.against(twist, weeks(profile, twist));

        assertThat(reasons).extracting(Reason::code).containsExactly(WeeklyReasons.IN_WEEKS, WeeklyReasons.IN_WEEKS);
        assertThat(reasons).extracting(r -> r.arg("weeks")).containsExactly(List.of(1, 2), List.of(1, 2, 3));
        assertThat(Words.english(new Catalog(List.of(twist)), reasons)).containsExactly(
                "Weeks 1–2: Gentle rotation twists the spine: no twisting until 4 weeks after the procedure",
                "Weeks 1–3: Gentle rotation starts 5 weeks after the procedure at the earliest");
    }

    @Test
    void aReasonThatHoldsInEveryWeekSaysSo() {
        PatientProfile profile = aProfile().weeks(3).equipment(Equipment.CHAIR).build();
        Exercise banded = Fixtures.exercise("band-row").needs(Equipment.RESISTANCE_BAND).build();

        List<Reason> reasons = WeeklyReasons.against(banded, weeks(profile, banded));

        assertThat(reasons).extracting(Reason::code).containsExactly(WeeklyReasons.EVERY_WEEK);
        assertThat(Words.english(new Catalog(List.of(banded)), reasons)).containsExactly(
                "Every week: Band row needs a resistance band, which the patient does not have");
    }
}
