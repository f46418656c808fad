package org.rehabplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.rehabplan.audit.AuditEvent;
import org.rehabplan.audit.AuditLog;
import org.rehabplan.patient.Profiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "therapist", roles = "THERAPIST")
class PatientApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    AuditLog audit;

    private JsonNode createPatient(String ref, String name) throws Exception {
        String body = mapper.writeValueAsString(Profiles.aProfile().ref(ref).displayName(name).build());
        return mapper.readTree(mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private String update(long id, long version, String ref, String name) {
        return "{\"version\":" + version + ",\"profile\":"
                + mapper.writeValueAsString(Profiles.aProfile().ref(ref).displayName(name).build()) + "}";
    }

    @Test
    void aStaleVersionGets409WithAClearMessageAndTheFirstEditIsKept() throws Exception {
        String ref = "api-lock-" + System.nanoTime();
        JsonNode created = createPatient(ref, "Original");
        long id = created.get("id").asLong();
        long version = created.get("version").asLong();

        mvc.perform(put("/api/patients/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(update(id, version, ref, "First editor")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(version + 1));
        mvc.perform(put("/api/patients/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(update(id, version, ref, "Second editor")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("changed by someone else")))
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get("/api/patients/" + id))
                .andExpect(jsonPath("$.profile.displayName").value("First editor"))
                .andExpect(jsonPath("$.version").value(version + 1));
    }

    @Test
    void anUpdateWithoutTheVersionItWasEditedFromIsRefusedByField() throws Exception {
        String ref = "api-nover-" + System.nanoTime();
        long id = createPatient(ref, "No version").get("id").asLong();
        String body = "{\"profile\":" + mapper.writeValueAsString(Profiles.aProfile().ref(ref).build()) + "}";
        mvc.perform(put("/api/patients/" + id).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void anInvalidProfileIsRefusedWithFieldMessagesAndNothingIsStored() throws Exception {
        String body = mapper.writeValueAsString(Profiles.aProfile().ref("api-bad").pain(11).build());
        mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("painLevel"));
        String list = mvc.perform(get("/api/patients")).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("api-bad");
    }

    @Test
    void generatingSavesNumberedImmutableVersionsThatStayReadable() throws Exception {
        long id = createPatient("api-plans-" + System.nanoTime(), "Plans").get("id").asLong();
        JsonNode first = mapper.readTree(solved(post("/api/patients/" + id + "/plans")
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"initial\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        JsonNode second = mapper.readTree(solved(post("/api/patients/" + id + "/plans"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(first.at("/version/versionNumber").asInt()).isEqualTo(1);
        assertThat(second.at("/version/versionNumber").asInt()).isEqualTo(2);
        assertThat(first.at("/version/createdBy").asString()).isEqualTo("therapist");

        mvc.perform(get("/api/patients/" + id + "/plans"))
                .andExpect(jsonPath("$[0].versionNumber").value(2)).andExpect(jsonPath("$[1].versionNumber").value(1))
                .andExpect(jsonPath("$[1].note").value("initial"));
        String old = mvc.perform(get("/api/patients/" + id + "/plans/" + first.at("/version/id").asLong()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mapper.readTree(old).get("plan")).isEqualTo(first.get("plan"));
    }

    @Test
    void theAuditLogRecordsWhoCreatedChangedAndViewedAPatientWithoutHealthData() throws Exception {
        String ref = "api-audit-" + System.nanoTime();
        JsonNode created = createPatient(ref, "Audited Name");
        long id = created.get("id").asLong();
        mvc.perform(put("/api/patients/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(update(id, created.get("version").asLong(), ref, "Audited Name"))).andExpect(status().isOk());
        mvc.perform(get("/api/patients/" + id)).andExpect(status().isOk());

        var events = audit.about(AuditLog.PATIENT, id);
        assertThat(events).extracting(AuditEvent::getAction)
                .contains("PATIENT_CREATED", "PATIENT_CHANGED", "PATIENT_VIEWED");
        assertThat(events).extracting(AuditEvent::getUsername).containsOnly("therapist");
        assertThat(events).extracting(e -> String.valueOf(e.getDetail()))
                .noneMatch(d -> d.contains("Audited") || d.contains(ref) || d.contains("pain"));
    }

    /** A solve is answered asynchronously (the request thread is free while the solver works): wait for its answer. */
    private org.springframework.test.web.servlet.ResultActions solved(
            org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(
                mvc.perform(request).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .request().asyncStarted()).andReturn()));
    }
}
