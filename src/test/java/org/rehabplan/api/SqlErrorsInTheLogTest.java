package org.rehabplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.planning.service.PlanGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.ObjectMapper;

/** A statement the database refuses is not logged with its values: clinical text stays out of the log. */
@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
@ExtendWith(OutputCaptureExtension.class)
class SqlErrorsInTheLogTest {

    @Autowired
    ObjectMapper mapper;

    @Autowired
    PatientService patients;

    @Autowired
    PlanGenerator generator;

    @Autowired
    PlanVersionService plans;

    @Test
    void aNoteTooLongForTheDatabaseIsRefusedWithoutLoggingIt(CapturedOutput output) throws Exception {
        PatientProfile profile = mapper.readValue(Files.readString(Path.of("seeds", "05-high-pain.json")),
                PatientProfile.class);
        long patient = patients.create(profile).getId();
        PlanResult plan = generator.generate(profile, List.of());
        String clinical = "PAINFUL-LEFT-HIP-AFTER-FALL " + "x".repeat(600);

        assertThatThrownBy(() -> plans.save(patient, profile, plan, List.of(), "therapist", clinical, null))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(output.getAll()).doesNotContain("PAINFUL-LEFT-HIP");
    }
}
