package org.rehabplan.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabplan.patient.Profiles.aProfile;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.planning.HeldSolves;
import org.rehabplan.planning.service.PlanGenerator;
import org.rehabplan.planning.service.SolveGate;
import org.rehabplan.visit.VisitEntry;
import org.rehabplan.visit.VisitService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** A follow-up re-plan is a solve like any other: it waits its turn in the same gate, under the same limits. */
@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
class ReplanAdmissionTest extends SpringBrowserlessTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    PatientService patients;
    @Autowired
    VisitService visits;
    @Autowired
    PlanVersionService versions;
    @Autowired
    PlanGenerator generator;
    @Autowired
    SolveGate gate;

    private final List<SolveGate.Solve> others = new ArrayList<>();
    private final HeldSolves held = new HeldSolves();

    @AfterEach
    void stopTheOtherSolves() throws InterruptedException {
        held.release();
        others.forEach(SolveGate.Solve::stop);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (gate.admitted() > 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
    }

    @Test
    void aReplanBeyondTheAccountsTwoSolvesIsRefusedWithAClearMessage() {
        PatientProfile profile = aProfile().ref("ra-" + System.nanoTime()).procedure(TODAY.minusWeeks(5))
                .start(TODAY.minusWeeks(2)).weeks(5).pain(2).build();
        Patient patient = patients.create(profile, "therapist");
        versions.save(patient.getId(), profile, generator.generate(profile, List.of()), List.of(), "therapist",
                "first plan", null);
        visits.record(patient.getId(), new VisitEntry(TODAY, 4, null, 12.0, 11, Map.of()));
        VisitsView view = navigate("patients/" + patient.getId() + "/visits", VisitsView.class);
        // two long solves (a year of daily sessions) of the same therapist, e.g. from the workspace or the API
        PatientProfile long52 = aProfile().weeksOut(2).weeks(52).sessions(7).minutes(60).build();
        others.add(gate.start("therapist", long52, List.of(), held.holding(), d -> { }, e -> { }));
        others.add(gate.start("therapist", long52, List.of(), held.holding(), d -> { }, e -> { }));

        test(view.replan).click();

        assertThat(test($(Notification.class).last()).getText()).startsWith("You already have 2 plans being worked out");
        assertThat(gate.admitted()).isEqualTo(2);
        assertThat(view.replan.isEnabled()).isTrue();
        assertThat(view.followUp.isVisible()).isFalse();
    }
}
