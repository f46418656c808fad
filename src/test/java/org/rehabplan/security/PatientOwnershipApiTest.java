package org.rehabplan.security;


import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientService;
import org.rehabplan.patient.Profiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Therapist A, signed in with real credentials, can't list, read, change or plan for therapist B's patients. */
@SpringBootTest
@AutoConfigureMockMvc
class PatientOwnershipApiTest {

    static final String PASSWORD = "correct-horse-battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    UserAccountService accounts;

    @Autowired
    PatientService patients;

    private Patient bPatient;

    @BeforeEach
    void twoTherapistsWithAPatientEach() throws Exception {
        TestAccounts.ensure(accounts, "therapist-a", PASSWORD, Role.THERAPIST);
        TestAccounts.ensure(accounts, "therapist-b", PASSWORD, Role.THERAPIST);
        bPatient = patients.create(Profiles.aProfile().ref("b-" + System.nanoTime()).build(), "therapist-b");
    }

    private static RequestPostProcessor asA() {
        return httpBasic("therapist-a", PASSWORD);
    }

    private static RequestPostProcessor asB() {
        return httpBasic("therapist-b", PASSWORD);
    }

    private JsonNode json(String body) {
        return mapper.readTree(body);
    }

    @Test
    void aTherapistsListHoldsOnlyTheirOwnPatients() throws Exception {
        String aList = mvc.perform(get("/api/patients").with(asA())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(json(aList).findValuesAsString("patientRef")).doesNotContain(bPatient.getPatientRef());
        String bList = mvc.perform(get("/api/patients").with(asB())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(json(bList).findValuesAsString("patientRef")).contains(bPatient.getPatientRef());
    }

    @Test
    void guessedIdsOfSomeoneElsesPatientsAnswer404LikeMissingOnes() throws Exception {
        long b = bPatient.getId();
        String profile = mapper.writeValueAsString(Profiles.aProfile().ref("taken-over").build());
        var ownIds = json(mvc.perform(get("/api/patients").with(asA())).andReturn().getResponse().getContentAsString())
                .findValuesAsString("id");
        for (long id = Math.max(1, b - 3); id <= b + 3; id++) {
            if (ownIds.contains(String.valueOf(id))) {
                continue; // A's own patient: not a guess at someone else's
            }
            mvc.perform(get("/api/patients/" + id).with(asA())).andExpect(status().isNotFound());
            mvc.perform(put("/api/patients/" + id).with(asA()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":0,\"profile\":" + profile + "}")).andExpect(status().isNotFound());
            mvc.perform(get("/api/patients/" + id + "/plans").with(asA())).andExpect(status().isNotFound());
            mvc.perform(post("/api/patients/" + id + "/plans").with(asA())).andExpect(status().isNotFound());
        }
        assertThat(mvc.perform(get("/api/patients/" + b).with(asB())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(bPatient.getPatientRef());
    }

    @Test
    void aTherapistCannotReadAPlanVersionOfSomeoneElsesPatientNorReachItThroughTheirOwnPatient() throws Exception {
        String saved = solved(post("/api/patients/" + bPatient.getId() + "/plans").with(asB())
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"first\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long versionId = json(saved).at("/version/id").asLong();
        String aOwn = mvc.perform(post("/api/patients").with(asA()).contentType(MediaType.APPLICATION_JSON)
                .content(mapper.writeValueAsString(Profiles.aProfile().ref("a-" + System.nanoTime()).build())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long aPatient = json(aOwn).get("id").asLong();

        mvc.perform(get("/api/patients/" + bPatient.getId() + "/plans/" + versionId).with(asA()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/patients/" + aPatient + "/plans/" + versionId).with(asA()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/patients/" + bPatient.getId() + "/plans/" + versionId).with(asB()))
                .andExpect(status().isOk());
    }

    @Test
    void someoneElsesPatientIsLeftUnchangedAfterAnAttemptedUpdate() throws Exception {
        String profile = mapper.writeValueAsString(Profiles.aProfile().ref("taken-over").build());
        mvc.perform(put("/api/patients/" + bPatient.getId()).with(asA()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + bPatient.getVersion() + ",\"profile\":" + profile + "}"))
                .andExpect(status().isNotFound());
        String stored = mvc.perform(get("/api/patients/" + bPatient.getId()).with(asB()))
                .andReturn().getResponse().getContentAsString();
        assertThat(json(stored).at("/profile/patientRef").asString()).isEqualTo(bPatient.getPatientRef());
        assertThat(json(stored).get("version").asLong()).isEqualTo(bPatient.getVersion());
    }

    @Test
    void aWrongPasswordOrADisabledAccountGets401() throws Exception {
        mvc.perform(get("/api/patients").with(httpBasic("therapist-a", "not-the-password")))
                .andExpect(status().isUnauthorized());
        TestAccounts.ensure(accounts, "therapist-gone", PASSWORD, Role.THERAPIST);
        TestAccounts.asAdmin(() -> accounts.setEnabled(accounts.find("therapist-gone").orElseThrow().getId(), false));
        mvc.perform(get("/api/patients").with(httpBasic("therapist-gone", PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    /** A solve is answered asynchronously (the request thread is free while the solver works): wait for its answer. */
    private org.springframework.test.web.servlet.ResultActions solved(
            org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(
                mvc.perform(request).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .request().asyncStarted()).andReturn()));
    }
}
