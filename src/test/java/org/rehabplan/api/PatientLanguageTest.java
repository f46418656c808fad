package org.rehabplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabplan.patient.PatientProfile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** The profile's {@code language}: "en" or "es", English when absent, anything else a 400 naming the field. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "therapist", roles = "THERAPIST")
class PatientLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;

    private ObjectNode seed() throws Exception {
        return (ObjectNode) mapper.readTree(Files.readString(Path.of("seeds", "01-early-all-restrictions.json")));
    }

    @Test
    void aPatientSavedWithSpanishReadsBackInSpanish() throws Exception {
        ObjectNode profile = seed();
        profile.put("language", "es");
        String created = mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON)
                        .content(profile.toString())).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = mapper.readTree(created).get("id").asLong();

        mvc.perform(get("/api/patients/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.language").value("es"));
    }

    @Test
    void aProfileWithoutALanguageIsEnglish() throws Exception {
        String created = mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON)
                        .content(seed().toString())).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        assertThat(mapper.readTree(created).at("/profile/language").asString()).isEqualTo("en");
    }

    @Test
    void aProfileStoredBeforeTheFieldExistedReadsAsEnglish() throws Exception {
        JsonNode stored = seed();
        assertThat(stored.has("language")).isFalse();

        assertThat(mapper.treeToValue(stored, PatientProfile.class).language()).isEqualTo("en");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"fr\"", "\"ES\"", "\"\"", "\"spanish\"", "1"})
    void anyOtherLanguageIsA400NamingTheField(String value) throws Exception {
        ObjectNode profile = seed();
        profile.set("language", mapper.readTree(value));

        mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON).content(profile.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("language")));
        mvc.perform(post("/api/plans/generate").contentType(MediaType.APPLICATION_JSON).content(profile.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("language")));
    }
}
