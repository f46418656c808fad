package org.rehabplan.planning.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabplan.patient.Profiles.aProfile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.planning.Fixtures;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.Session;

class PlanProblemFactoryTest {

    @Test
    void sessionsAreNumberedInDateOrderWhenThePlanStartsMidWeek() {
        LocalDate tuesday = LocalDate.of(2026, 11, 24);
        Exercise any = Fixtures.exercise("chin-tuck").build();
        var profile = aProfile().procedure(tuesday.minusWeeks(3)).start(tuesday).weeks(2)
                .days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY).build();

        ExercisePlan plan = new PlanProblemFactory(new Catalog(List.of(any)), Fixtures.PROTOCOL).create(profile, List.of());

        List<Session> firstWeek = plan.getSessions().stream().filter(s -> s.week().index() == 1).toList();
        assertThat(firstWeek).extracting(Session::number).containsExactly(1, 2, 3);
        assertThat(firstWeek).extracting(Session::day)
                .containsExactly(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.MONDAY);
        assertThat(firstWeek).extracting(Session::date).isSorted()
                .containsExactly(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30));
    }
}
