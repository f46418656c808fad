package org.rehabplan.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabplan.caseload.ui.PatientListView;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientService;
import org.rehabplan.patient.Profiles;
import org.rehabplan.patient.ui.PatientEditorView;
import org.rehabplan.planning.ui.WorkspaceView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Therapist A typing the URL of therapist B's patient lands on their own patient list, seeing nothing of B's. */
@SpringBootTest
@WithMockUser(username = "therapist-a", roles = "THERAPIST")
class PatientOwnershipNavigationTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;

    private Patient bPatient;

    @BeforeEach
    void therapistBHasAPatient() {
        bPatient = patients.create(Profiles.aProfile().ref("nav-b-" + System.nanoTime()).build(), "therapist-b");
    }

    @Test
    void openingSomeoneElsesPatientEditorByUrlShowsTheOwnListInstead() {
        navigate("patients/" + bPatient.getId() + "/edit", PatientListView.class);
        assertThat(getCurrentView()).isInstanceOf(PatientListView.class);
        assertThat($(PatientEditorView.class).all()).isEmpty();
    }

    @Test
    void openingSomeoneElsesWorkspaceByUrlShowsTheOwnListInstead() {
        navigate("patients/" + bPatient.getId() + "/workspace", PatientListView.class);
        assertThat(getCurrentView()).isInstanceOf(PatientListView.class);
        assertThat($(WorkspaceView.class).all()).isEmpty();
    }

    @Test
    void theListShowsOnlyTheSignedInTherapistsPatients() {
        Patient own = patients.create(Profiles.aProfile().ref("nav-a-" + System.nanoTime()).build());
        navigate(org.rehabplan.catalog.ui.CatalogView.class); // the list was opened at setup: open it afresh
        navigate(PatientListView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).single();
        String shown = grid.getListDataView().getItems().map(Object::toString).toList().toString();
        assertThat(shown).contains(own.getPatientRef()).doesNotContain(bPatient.getPatientRef());
    }
}
