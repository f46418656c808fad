package org.rehabplan.patient.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientService;
import org.rehabplan.patient.Profiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Two edits of one patient: the second save is refused with a clear message, the first edit is kept. */
@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
class PatientEditorConflictTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;

    @Test
    void theSecondEditorIsToldTheirSaveConflictsKeepsTheirInputAndTheFirstEditStays() {
        Patient patient = patients.create(Profiles.aProfile().ref("conflict-" + System.nanoTime()).build());
        navigate("patients/" + patient.getId() + "/edit", PatientEditorView.class);
        PatientForm form = $(PatientForm.class).single();
        test(form.displayName).setValue("Second editor's name");

        // meanwhile the first editor (another tab or device) saves
        patients.update(patient.getId(), patient.getVersion(),
                Profiles.aProfile().ref(patient.getPatientRef()).displayName("First editor's name").build());

        test(form.save).click();

        assertThat(getCurrentView()).isInstanceOf(PatientEditorView.class);
        assertThat(form.formError.isVisible()).isTrue();
        assertThat(form.formError.getText()).contains("Not saved").contains("changed by someone else")
                .contains("Your changes are still in the form");
        assertThat(form.displayName.getValue()).isEqualTo("Second editor's name");
        Patient stored = patients.find(patient.getId()).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo("First editor's name");
        assertThat(stored.getVersion()).isEqualTo(patient.getVersion() + 1);
    }
}
