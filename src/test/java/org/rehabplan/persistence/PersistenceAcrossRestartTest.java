package org.rehabplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabplan.Application;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.patient.Profiles;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.plan.SavedPlan;
import org.rehabplan.planning.service.PlanGenerator;
import org.rehabplan.security.UserAccountService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The acceptance check: stop the app, start it again on the same H2 file, and everything saved is still there. */
class PersistenceAcrossRestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("rehabplan") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--server.port=0", "--rehabplan.admin.username=restart-admin",
                "--rehabplan.admin.password=restart-admin-password");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "restart-therapist", null, List.of(new SimpleGrantedAuthority("ROLE_THERAPIST"))));
        return app;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void patientsPlanVersionsAccountsAndTheAuditLogSurviveARestart() {
        long patientId;
        long versionId;
        PlanResult plan;
        PatientProfile profile = Profiles.aProfile().ref("restart-001").displayName("Restart R.").build();
        try (ConfigurableApplicationContext app = start()) {
            Patient patient = app.getBean(PatientService.class).create(profile);
            plan = app.getBean(PlanGenerator.class).generate(profile, List.of());
            PlanVersion version = app.getBean(PlanVersionService.class).save(patient.getId(), profile, plan,
                    List.of(new PinnedExercise(1, 1, plan.weeks().get(0).sessions().get(0).exercises().get(0)
                            .exerciseId())), "restart-therapist", "before restart", null);
            patientId = patient.getId();
            versionId = version.getId();
        }
        try (ConfigurableApplicationContext app = start()) {
            PatientService patients = app.getBean(PatientService.class);
            Patient patient = patients.find(patientId).orElseThrow();
            assertThat(patients.profile(patient)).isEqualTo(profile.settled().withProtocolId("kyphoplasty"));
            SavedPlan saved = app.getBean(PlanVersionService.class).find(patientId, versionId).orElseThrow();
            assertThat(saved.plan()).isEqualTo(plan);
            assertThat(saved.version().getNote()).isEqualTo("before restart");
            assertThat(saved.pins()).hasSize(1);
            assertThat(app.getBean(UserAccountService.class).find("restart-admin")).isPresent();
            assertThat(patients.list()).extracting(Patient::getId).containsExactly(patientId);
        }
    }
}
