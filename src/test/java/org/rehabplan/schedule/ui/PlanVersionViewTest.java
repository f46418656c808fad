package org.rehabplan.schedule.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabplan.caseload.ui.PatientListView;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.SessionPlan;
import org.rehabplan.plan.PlanResult.WeekPlan;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.schedule.ShareLinkService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
class PlanVersionViewTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;
    @Autowired
    PlanVersionService versions;
    @Autowired
    Catalog catalog;

    private PlanVersion save(String name, boolean feasible) {
        PatientProfile profile = new PatientProfile("pv-" + System.nanoTime(), name, null, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 16), 1, 1, List.of(DayOfWeek.MONDAY), 30, 2, FallRisk.LOW, true, true,
                EnumSet.allOf(Equipment.class), List.of(), List.of());
        Exercise e = catalog.exercises().stream().filter(x -> !x.isContraindicated()).findFirst().orElseThrow();
        ScheduledExercise scheduled = new ScheduledExercise(e.id(), e.name(), e.category(), e.level(), 1, 10, null, 3,
                "", false, List.of());
        PlanResult plan = new PlanResult(profile.patientRef(), profile.planStart(), feasible, "0hard/0medium/0soft",
                "kyphoplasty", List.of(new WeekPlan(1, 2, "Protection", profile.planStart(), List.of(),
                List.of(new SessionPlan(1, DayOfWeek.MONDAY, profile.planStart(), 3, List.of(scheduled))))),
                List.of(), List.of(), feasible ? List.of() : List.of(org.rehabplan.base.Reason.of("CONFLICT_SAFE_COUNT", 1, null, "safe", 0,
                "total", 90)));
        Patient patient = patients.create(profile, "therapist");
        return versions.save(patient.getId(), profile, plan, List.of(), "therapist", null, null);
    }

    private static String route(PlanVersion v) {
        return "patients/" + v.getPatientId() + "/plans/" + v.getId();
    }

    @Test
    void printAndDownloadAreOneClickAwayAndShowTheScheduleFromTheSameTemplate() {
        PlanVersion version = save("Viewed Patient", true);
        PlanVersionView view = navigate(route(version), PlanVersionView.class);

        String page = "schedule/" + version.getPatientId() + "/" + version.getId();
        assertThat(view.print.getHref()).isEqualTo(page + "?print");
        assertThat(view.pdf.getHref()).isEqualTo(page + ".pdf");
        assertThat(view.pdf.getElement().hasAttribute("download")).isTrue();
        assertThat(view.getElement().toString()).contains("rp-schedule").contains("Week 1 of 1");
    }

    @Test
    void aShareLinkIsShownOnceListedAndCanBeRevoked() {
        PlanVersion version = save("Shared Patient", true);
        PlanVersionView view = navigate(route(version), PlanVersionView.class);

        test(view.sharePanel.create).click();

        assertThat(view.sharePanel.newLink.getValue()).contains("/share/");
        assertThat(items(view)).singleElement().satisfies(link -> {
            assertThat(link.state()).isEqualTo(ShareLinkService.State.ACTIVE);
            assertThat(link.versionNumber()).isEqualTo(1);
        });

        view.sharePanel.revoke(items(view).get(0)); // what the row's Revoke button does

        assertThat(items(view)).singleElement().extracting(ShareLinkService.LinkSummary::state)
                .isEqualTo(ShareLinkService.State.REVOKED);
    }

    @Test
    void aPlanWithNoSafeScheduleCannotBePrintedOrShared() {
        PlanVersion version = save("Nothing Safe", false);
        PlanVersionView view = navigate(route(version), PlanVersionView.class);

        assertThat(view.print.isEnabled()).isFalse();
        assertThat(view.pdf.isEnabled()).isFalse();
        assertThat(view.noSafePlan.isVisible()).isTrue();
        assertThat(view.sharePanel).isNull();
    }

    @Test
    void aVersionOpenedThroughAnotherPatientsAddressIsRefused() {
        PlanVersion version = save("Owner", true);
        PlanVersion other = save("Someone else", true);

        navigate("patients/" + other.getPatientId() + "/plans/" + version.getId(), PatientListView.class);
    }

    private static List<ShareLinkService.LinkSummary> items(PlanVersionView view) {
        return view.sharePanel.grid.getGenericDataView().getItems().toList();
    }
}
