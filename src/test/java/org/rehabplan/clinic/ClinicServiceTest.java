package org.rehabplan.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** Who the handout tells the patient to call: configured defaults, admin settings, each therapist's own line. */
// its own database: the saved clinic row must not leak into other tests' handouts
@SpringBootTest(properties = {"rehabplan.clinic.name=Default Clinic", "rehabplan.clinic.phone=+44 1632 960 000",
        "spring.datasource.url=jdbc:h2:mem:clinic-settings-test;DB_CLOSE_DELAY=-1"})
@DirtiesContext
class ClinicServiceTest {

    @Autowired
    ClinicService clinic;

    @Test
    @WithMockUser(username = "clinic-admin", roles = "ADMIN")
    void theConfiguredClinicIsUsedUntilAnAdminSavesItsDetailsAndABadPhoneSavesNothing() {
        assertThat(clinic.clinic()).isEqualTo(new ClinicDetails("Default Clinic", "+44 1632 960 000", "", ""));

        assertThatThrownBy(() -> clinic.saveClinic(new ClinicDetails("New name", "call me", "", "")))
                .isInstanceOf(InvalidContactException.class)
                .satisfies(e -> assertThat(((InvalidContactException) e).problems()).containsOnlyKeys("phone"));
        assertThat(clinic.clinic().name()).isEqualTo("Default Clinic");

        clinic.saveClinic(new ClinicDetails(" Riverside Physio ", "+44 20 7946 0000", "1 River St", "Mon-Fri 8-6"));
        assertThat(clinic.clinic()).isEqualTo(new ClinicDetails("Riverside Physio", "+44 20 7946 0000", "1 River St",
                "Mon-Fri 8-6"));
    }

    @Test
    @WithMockUser(username = "plain-therapist", roles = "THERAPIST")
    void aTherapistSetsTheirOwnNameAndDirectPhoneButNotTheClinics() {
        assertThatThrownBy(() -> clinic.saveClinic(new ClinicDetails("Mine", "+44 20 7946 0001", "", "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clinic.saveOwnContact(new TherapistDetails("", "12")))
                .isInstanceOf(InvalidContactException.class)
                .satisfies(e -> assertThat(((InvalidContactException) e).problems())
                        .containsOnlyKeys("name", "directPhone"));

        clinic.saveOwnContact(new TherapistDetails("Grace Hopper", "+44 20 7946 0123"));
        assertThat(clinic.therapist("plain-therapist"))
                .isEqualTo(new TherapistDetails("Grace Hopper", "+44 20 7946 0123"));
        assertThat(clinic.therapist("nobody-saved-yet").name()).isEqualTo("nobody-saved-yet");
    }
}
