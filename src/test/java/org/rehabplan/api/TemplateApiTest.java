package org.rehabplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.patient.Profiles;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.planning.template.PlanTemplateService;
import org.rehabplan.planning.template.TemplateChoices;
import org.rehabplan.protocol.RestrictionType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Templates belong to the therapist who saved them, and a new patient starts from one. */
@SpringBootTest
@AutoConfigureMockMvc
class TemplateApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    PlanTemplateService templates;

    @Autowired
    PatientService patients;

    private static String template(String name, String protocolId) {
        return """
                {"name": "%s", "protocolId": "%s", "favouriteExerciseIds": ["chin-tuck-seated"],
                 "excludedExerciseIds": ["bridge"], "locks": [{"week": 1, "session": 1, "exerciseId": "sit-to-stand"}]}
                """.formatted(name, protocolId);
    }

    private JsonNode create(String owner, String body) throws Exception {
        return mapper.readTree(mvc.perform(post("/api/templates").with(user(owner).roles("THERAPIST"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aTemplateIsListedReadAndDeletedOnlyByTheTherapistWhoSavedIt() throws Exception {
        JsonNode saved = create("tpl-ann", template("Early fracture, frail", "vertebral-fracture"));
        long id = saved.get("id").asLong();
        assertThat(saved.at("/choices/locks/0/exerciseId").asString()).isEqualTo("sit-to-stand");

        mvc.perform(get("/api/templates").param("protocolId", "vertebral-fracture")
                        .with(user("tpl-ann").roles("THERAPIST")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value("Early fracture, frail"));
        // another therapist sees nothing of it: not listed, not readable, not deletable
        mvc.perform(get("/api/templates").with(user("tpl-bob").roles("THERAPIST")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/templates/" + id).with(user("tpl-bob").roles("THERAPIST")))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/templates/" + id).with(user("tpl-bob").roles("THERAPIST")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/templates/" + id).with(user("tpl-ann").roles("THERAPIST")))
                .andExpect(status().isOk());

        mvc.perform(delete("/api/templates/" + id).with(user("tpl-ann").roles("THERAPIST")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/templates/" + id).with(user("tpl-ann").roles("THERAPIST")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTemplateWithAnUnknownProtocolOrExerciseOrATakenNameIsA400NamingTheField() throws Exception {
        create("tpl-cat", template("Standard", "osteoporosis"));
        mvc.perform(post("/api/templates").with(user("tpl-cat").roles("THERAPIST"))
                        .contentType(MediaType.APPLICATION_JSON).content(template("Standard", "osteoporosis")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/templates").with(user("tpl-cat").roles("THERAPIST"))
                        .contentType(MediaType.APPLICATION_JSON).content(template("Other", "no-such-protocol")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("protocolId"));
        mvc.perform(post("/api/templates").with(user("tpl-cat").roles("THERAPIST"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(template("Third", "osteoporosis").replace("\"bridge\"", "\"no-such-exercise\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("excludedExerciseIds[0]"));
        // the same name for another protocol is another template
        create("tpl-cat", template("Standard", "kyphoplasty"));
    }

    @Test
    @WithMockUser(username = "tpl-dora", roles = "THERAPIST")
    void aNewPatientStartedFromATemplateGetsItsFavouritesExclusionsAndTheLocksThatFitAndAreSafe() {
        var saved = templates.save("Kypho, 4 weeks", "kyphoplasty", new TemplateChoices(List.of("chin-tuck-seated"),
                List.of("bridge"), List.of(new PinnedExercise(1, 1, "sit-to-stand"),
                new PinnedExercise(1, 2, "sit-up-crunch"), // contraindicated: never a lock
                new PinnedExercise(9, 1, "sit-to-stand"), // beyond this patient's 4 weeks
                new PinnedExercise(1, 5, "sit-to-stand")))); // beyond its 3 sessions
        PatientProfile profile = PlanTemplateService.applyTo(
                Profiles.aProfile().ref("tpl-new").protocol("kyphoplasty").weeksOut(2).build(), saved.choices());
        assertThat(profile.favouriteExerciseIds()).contains("chin-tuck-seated");
        assertThat(profile.restrictions()).anyMatch(r -> r.type() == RestrictionType.EXCLUDE_EXERCISE
                && r.exerciseId().equals("bridge") && r.untilWeek() == null);

        Patient patient = patients.create(profile);
        assertThat(templates.usableStartLocks(patient.getId(), profile)).isEmpty();
        templates.startPatientFrom(patient.getId(), saved.id());
        assertThat(templates.usableStartLocks(patient.getId(), profile))
                .containsExactly(new PinnedExercise(1, 1, "sit-to-stand"));
    }
}
