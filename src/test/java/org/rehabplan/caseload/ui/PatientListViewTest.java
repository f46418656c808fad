package org.rehabplan.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientArchive;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.planning.service.PlanGenerator;
import org.rehabplan.schedule.ShareLinkService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.ObjectMapper;

@SpringBootTest
@WithMockUser(username = "list-therapist", roles = "THERAPIST")
class PatientListViewTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;
    @Autowired
    PatientArchive archive;
    @Autowired
    PlanVersionService versions;
    @Autowired
    PlanGenerator generator;
    @Autowired
    ShareLinkService shares;
    @Autowired
    ObjectMapper mapper;

    private Patient create(String ref) throws Exception {
        PatientProfile seed = mapper.readValue(Files.readString(Path.of("seeds", "01-early-all-restrictions.json")),
                PatientProfile.class);
        String json = mapper.writeValueAsString(seed).replace(seed.patientRef(), ref);
        return patients.create(mapper.readValue(json, PatientProfile.class));
    }

    private List<String> shownRefs(PatientListView view) {
        return view.grid.getListDataView().getItems().map(r -> r.patient().getPatientRef()).toList();
    }

    @Test
    void archivedPatientsAreHiddenByDefaultAndCanBeShownAndRestored() throws Exception {
        Patient kept = create("list-kept-" + System.nanoTime());
        Patient away = create("list-away-" + System.nanoTime());
        archive.archive(away.getId(), false);

        PatientListView view = navigate(PatientListView.class);
        assertThat(shownRefs(view)).contains(kept.getPatientRef()).doesNotContain(away.getPatientRef());
        view.show.setValue(PatientListView.Show.ARCHIVED);
        assertThat(shownRefs(view)).contains(away.getPatientRef()).doesNotContain(kept.getPatientRef());

        archive.restore(away.getId());
        view.refresh();
        view.show.setValue(PatientListView.Show.CURRENT);
        assertThat(shownRefs(view)).contains(away.getPatientRef());
    }

    @Test
    void theListShowsTheLatestSavedPlanAndTheShareLinkStateAndFiltersThoseWithoutAPlan() throws Exception {
        Patient planned = create("list-planned-" + System.nanoTime());
        Patient unplanned = create("list-unplanned-" + System.nanoTime());
        PatientProfile profile = patients.profile(planned);
        PlanVersion version = versions.save(planned.getId(), profile, generator.generate(profile, List.of()),
                List.of(), "list-therapist", null, null);
        shares.create(planned.getId(), version.getId());

        PatientListView view = navigate(PatientListView.class);
        var row = view.grid.getListDataView().getItems().filter(r -> r.patient().getId().equals(planned.getId()))
                .findFirst().orElseThrow();
        assertThat(row.latest().getVersionNumber()).isEqualTo(1);
        assertThat(row.link()).get().extracting(ShareLinkService.LinkSummary::state)
                .isEqualTo(ShareLinkService.State.ACTIVE);

        view.withoutPlan.setValue(true);
        assertThat(shownRefs(view)).contains(unplanned.getPatientRef()).doesNotContain(planned.getPatientRef());
    }

    @Test
    void dischargingAPatientRevokesTheirShareLinksAndArchivesThem() throws Exception {
        Patient patient = create("list-discharge-" + System.nanoTime());
        PatientProfile profile = patients.profile(patient);
        PlanVersion version = versions.save(patient.getId(), profile, generator.generate(profile, List.of()),
                List.of(), "list-therapist", null, null);
        String token = shares.create(patient.getId(), version.getId()).token();

        PatientListView view = navigate(PatientListView.class);
        var row = view.grid.getListDataView().getItems().filter(r -> r.patient().getId().equals(patient.getId()))
                .findFirst().orElseThrow();
        view.confirmDischarge(row);
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(shares.open(token)).isInstanceOf(ShareLinkService.Opened.Revoked.class);
        assertThat(patients.find(patient.getId()).orElseThrow().isDischarged()).isTrue();
        assertThat(shownRefs(view)).doesNotContain(patient.getPatientRef());
    }
}
