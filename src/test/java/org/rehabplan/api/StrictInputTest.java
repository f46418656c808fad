package org.rehabplan.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the outside probe sent and got stored or solved: each is now a 400 naming the field (or 413/415), before any
 * solving and before anything is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "therapist", roles = "THERAPIST")
class StrictInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper mapper;

    private ObjectNode seed() throws Exception {
        return (ObjectNode) mapper.readTree(Files.readString(Path.of("seeds", "01-early-all-restrictions.json")));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "planWeeks         | 4.5                 | planWeeks",
            "painLevel         | 0.5                 | painLevel",
            "fallRisk          | 1                   | fallRisk",
            "fallRisk          | '\" LOW\"'          | fallRisk",
            "canGetOnFloor     | 1                   | canGetOnFloor",
            "planWeeks         | '\"12\"'            | planWeeks",
            "anchorDate     | 20261124            | anchorDate",
            "anchorDate     | '\"+999999999-01-01\"' | anchorDate",
            "planStart         | '\"-999999999-01-01\"' | planStart",
            "restrictions      | '[{\"type\":\"LIFT_LIMIT\",\"maxKg\":\"Infinity\"}]' | restrictions[0].maxKg",
            "restrictions      | '[{\"type\":\"LIFT_LIMIT\",\"maxKg\":1e308}]'       | restrictions[0].maxKg",
            "restrictions      | '[{\"type\":\"NO_IMPACT\",\"untilWeek\":2147483647}]' | restrictions[0].untilWeek",
            "unknownField      | 1                   | unknownField"})
    void aValueOfTheWrongTypeOrOutOfBoundsIsA400NamingTheField(String field, String json, String errorField)
            throws Exception {
        ObjectNode profile = seed();
        profile.set(field, mapper.readTree(json));
        mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON).content(profile.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem(errorField)));
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() throws Exception {
        ObjectNode profile = seed();
        profile.put("notes", "x".repeat(15 * 1024 * 1024));
        mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON).content(profile.toString()))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void thousandsOfRestrictionsAreRefused() throws Exception {
        ObjectNode profile = seed();
        var list = profile.putArray("restrictions");
        for (int i = 0; i < 1000; i++) {
            list.addObject().put("type", "NO_IMPACT");
        }
        mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON).content(profile.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("restrictions")));
    }

    @Test
    void aBodyWithoutContentTypeIsRefused() throws Exception {
        mvc.perform(post("/api/patients").content(seed().toString()))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/patients/1/plans").content("{\"note\":\"x\"}"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void aPlanNoteOverTheLimitIsA400BeforeSolving() throws Exception {
        String created = mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON)
                .content(seed().put("patientRef", "note-limit").toString())).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = mapper.readTree(created).get("id").asLong();
        mvc.perform(post("/api/patients/" + id + "/plans").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"" + "n".repeat(501) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
    }
}
