package org.rehabplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabplan.audit.AuditEvent;
import org.rehabplan.audit.AuditLog;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.patient.Profiles;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.security.InvalidAccountException;
import org.rehabplan.security.Role;
import org.rehabplan.security.TestAccounts;
import org.rehabplan.security.UserAccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * What the repositories must do on every supported database (H2 and PostgreSQL run the same tests): the Flyway
 * schema, JSON and timestamp columns, optimistic locking, unique version numbers and usernames, the audit log.
 * Subclasses pick the database and sign in as "therapist".
 */
abstract class PersistenceContract {

    @Autowired
    PatientService patients;

    @Autowired
    PlanVersionService plans;

    @Autowired
    UserAccountService accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    private static String ref() {
        return "db-" + System.nanoTime();
    }

    private static PlanResult aPlan(PatientProfile profile) {
        return new PlanResult(profile.patientRef(), profile.planStart(), true, "0hard/0medium/-5soft", "kyphoplasty",
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aSavedPatientReadsBackWithItsWholeProfileAndTimestamps() {
        PatientProfile profile = Profiles.aProfile().ref(ref()).displayName("Grete Ø. (ünïcode)").pain(4).build();
        Patient saved = patients.create(profile);
        Patient read = patients.find(saved.getId()).orElseThrow();
        // a profile that names no protocol is stored with the default one
        assertThat(patients.profile(read)).isEqualTo(profile.settled().withProtocolId("kyphoplasty"));
        assertThat(read.getDisplayName()).isEqualTo("Grete Ø. (ünïcode)");
        assertThat(read.getCreatedAt().truncatedTo(ChronoUnit.MILLIS))
                .isEqualTo(saved.getCreatedAt().truncatedTo(ChronoUnit.MILLIS));
        assertThat(read.getOwnerUsername()).isEqualTo("therapist");
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedAndTheNewerEditKept() {
        String ref = ref();
        Patient patient = patients.create(Profiles.aProfile().ref(ref).build());
        Patient first = patients.update(patient.getId(), patient.getVersion(),
                Profiles.aProfile().ref(ref).displayName("first").build());
        assertThat(first.getVersion()).isEqualTo(patient.getVersion() + 1);
        assertThatThrownBy(() -> patients.update(patient.getId(), patient.getVersion(),
                Profiles.aProfile().ref(ref).displayName("second").build()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(patients.find(patient.getId()).orElseThrow().getDisplayName()).isEqualTo("first");
    }

    @Test
    void theDatabaseRefusesAWriteThatSkipsTheVersionCheck() {
        Patient patient = patients.create(Profiles.aProfile().ref(ref()).build());
        int updated = jdbc.update("update patient set display_name = 'x', version = version + 1 where id = ? and version = ?",
                patient.getId(), patient.getVersion() + 7);
        assertThat(updated).as("a stale version matches no row").isZero();
    }

    @Test
    void planVersionsAreNumberedPerPatientStayImmutableAndUnique() {
        PatientProfile profile = Profiles.aProfile().ref(ref()).build();
        Patient patient = patients.create(profile);
        PlanVersion one = plans.save(patient.getId(), profile, aPlan(profile),
                List.of(new PinnedExercise(1, 1, "chin-tuck")), "therapist", "first", null);
        PlanVersion two = plans.save(patient.getId(), profile, aPlan(profile), List.of(), "therapist", null, null);
        assertThat(one.getVersionNumber()).isEqualTo(1);
        assertThat(two.getVersionNumber()).isEqualTo(2);
        assertThat(plans.versions(patient.getId())).extracting(PlanVersion::getVersionNumber).containsExactly(2, 1);
        assertThat(plans.find(patient.getId(), one.getId()).orElseThrow().pins())
                .containsExactly(new PinnedExercise(1, 1, "chin-tuck"));
        assertThatThrownBy(() -> jdbc.update("insert into plan_version (patient_id, version_number, created_by, "
                + "created_at, feasible, profile_json, plan_json, pins_json) values (?, 1, 'x', current_timestamp, "
                + "true, '{}', '{}', '[]')", patient.getId())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void usernamesAreUniqueWhateverTheirCase() {
        String name = "unique-" + System.nanoTime();
        TestAccounts.ensure(accounts, name, "a-long-enough-password", Role.THERAPIST);
        TestAccounts.asAdmin(() -> assertThatThrownBy(() -> accounts.create(name.toUpperCase(), null,
                "a-long-enough-password", Role.THERAPIST))
                .isInstanceOfSatisfying(InvalidAccountException.class,
                        e -> assertThat(e.wording().key()).isEqualTo("account.username.taken")));
        assertThatThrownBy(() -> jdbc.update("insert into app_user (version, username, password_hash, role, enabled, "
                + "created_at) values (0, ?, 'x', 'THERAPIST', true, current_timestamp)", name))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void readingAPatientsPlanVersionsChecksOwnershipWithoutLoggingAViewOfThePatient() {
        Patient patient = patients.create(Profiles.aProfile().ref(ref()).build());
        plans.versions(patient.getId());
        plans.latest(patient.getId());
        assertThat(patients.isOwn(patient.getId())).isTrue();
        assertThat(audit.about(AuditLog.PATIENT, patient.getId())).extracting(AuditEvent::getAction)
                .doesNotContain("PATIENT_VIEWED");
    }

    @Test
    void theAuditLogKeepsWhoDidWhatToWhichRecord() {
        Patient patient = patients.create(Profiles.aProfile().ref(ref()).build());
        patients.find(patient.getId());
        List<AuditEvent> events = audit.about(AuditLog.PATIENT, patient.getId());
        assertThat(events).extracting(AuditEvent::getAction).containsSubsequence("PATIENT_CREATED", "PATIENT_VIEWED");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getUsername()).isEqualTo("therapist");
            assertThat(e.getOccurredAt()).isNotNull();
        });
    }
}
