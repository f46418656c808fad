package org.rehabplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.planning.solver.PlanningProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
@AutoConfigureMockMvc
class PlanApiTest {

    /** The seed built to leave nothing safe; every other seed must get a feasible plan. */
    private static final String IMPOSSIBLE_SEED = "06-almost-nothing-safe.json";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    Catalog catalog;

    @Autowired
    PlanningProperties solverLimits;

    static Stream<Path> seeds() throws IOException {
        return Files.list(Path.of("seeds")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedPatientGetsAFeasiblePlanOrTheNamedConflictsWithinTheSolveLimit(Path seed) throws Exception {
        long start = System.nanoTime();
        JsonNode plan = generate(Files.readString(seed));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // the solve stops by the configured limit; building, explaining and serialising the plan come on top
        assertThat(took).isLessThan(solverLimits.timeLimit().plusSeconds(2));
        if (seed.getFileName().toString().equals(IMPOSSIBLE_SEED)) {
            assertThat(plan.get("feasible").asBoolean()).isFalse();
            assertThat(plan.get("conflicts").size()).isPositive();
            assertThat(plan.get("conflicts").toString()).contains("0 of").contains("are safe for this patient");
        } else {
            assertThat(plan.get("feasible").asBoolean()).as(plan.get("explanation").toString()).isTrue();
            assertThat(plan.get("weeks").size()).isEqualTo(readTree(seed).get("planWeeks").asInt());
            plan.get("weeks").forEach(week -> week.get("sessions").forEach(session ->
                    assertThat(session.get("exercises").size()).isPositive()));
        }
    }

    @Test
    void aPlanNamesWhyEachExerciseIsThereAndWhyOthersAreNot() throws Exception {
        JsonNode plan = generate(Files.readString(Path.of("seeds", "01-early-all-restrictions.json")));
        JsonNode first = plan.at("/weeks/0/sessions/0/exercises/0");
        assertThat(first.get("why").size()).isPositive();
        assertThat(first.get("dose").asString()).isNotBlank();
        assertThat(plan.get("excluded").toString()).contains("sit-up-crunch").contains("bends the spine forward");
        assertThat(plan.get("explanation").size()).isPositive();
    }

    private static final String NO_RESTRICTIONS_GIVEN = """
            {"patientRef": "api-defaults", "anchorDate": "2026-11-02", "planStart": "2026-11-16", "planWeeks": 2,
             "sessionsPerWeek": 2, "minutesPerSession": 25, "painLevel": 3, "fallRisk": "LOW", "canGetOnFloor": true,
             "toleratesProne": true, "equipment": ["CHAIR", "WALL", "COUNTER"]%s}""";

    @Test
    void aProfileSentWithoutRestrictionsGetsTheProtocolsDefaultRestrictions() throws Exception {
        JsonNode plan = generate(NO_RESTRICTIONS_GIVEN.formatted(""));
        assertThat(plan.at("/weeks/0/restrictions").toString()).contains("No bending").contains("No twisting")
                .contains("kg");
        assertThat(plan.get("removedDefaults").size()).isZero();
    }

    @Test
    void turningTheDefaultsOffIsExplicitAndThePlanListsWhatWasRemoved() throws Exception {
        JsonNode plan = generate(NO_RESTRICTIONS_GIVEN.formatted(", \"protocolDefaults\": false"));
        assertThat(plan.at("/weeks/0/restrictions").size()).isZero();
        assertThat(plan.get("removedDefaults").toString()).contains("No bending").contains("No twisting");
    }

    @Test
    void highPainWithinSixWeeksOfTheProcedurePutsAReferBackAlertOnThePlan() throws Exception {
        JsonNode plan = generate(NO_RESTRICTIONS_GIVEN.formatted("").replace("\"painLevel\": 3", "\"painLevel\": 8"));
        assertThat(plan.get("alerts")).singleElement().satisfies(alert -> {
            assertThat(alert.get("code").asString()).isEqualTo("REFER_BACK");
            assertThat(alert.get("painLevel").asInt()).isEqualTo(8);
            assertThat(alert.get("text").asString()).contains("refer back to the treating doctor");
        });
        assertThat(generate(NO_RESTRICTIONS_GIVEN.formatted("")).get("alerts").size()).isZero();
    }

    @Test
    void eachReasonKeepsItsDataAndGainsItsWordsInTheLanguageTheClientAsksFor() throws Exception {
        String profile = NO_RESTRICTIONS_GIVEN.formatted("").replace("\"painLevel\": 3", "\"painLevel\": 8");
        JsonNode english = generate(profile);
        JsonNode spanish = generate(profile, "es");

        JsonNode restriction = spanish.at("/weeks/0/restrictions/0");
        assertThat(restriction.get("code").asString()).isEqualTo("RESTRICTION");
        assertThat(restriction.at("/args/type").asString()).isEqualTo(english.at("/weeks/0/restrictions/0/args/type")
                .asString());
        assertThat(english.at("/weeks/0/restrictions").toString()).contains("No bending forward until ");
        assertThat(spanish.at("/weeks/0/restrictions").toString()).contains("No doblar la espalda hacia delante hasta ");
        assertThat(spanish.at("/alerts/0/text").asString()).contains("envíe al paciente de vuelta al médico que lo trata");
        JsonNode why = spanish.at("/weeks/0/sessions/0/exercises/1/why");
        assertThat(why.size()).isPositive();
        why.forEach(reason -> assertThat(reason.get("code").asString()).matches("[A-Z_]+"));
        assertThat(why.toString()).contains("Seguro esta semana").doesNotContain("Safe this week");
    }

    @Test
    void everyWeekListsItsHomeworkAndLongTermWeeksReach150MinutesOfWalking() throws Exception {
        JsonNode plan = generate(NO_RESTRICTIONS_GIVEN.formatted("").replace("2026-11-02", "2026-08-03"));
        plan.get("weeks").forEach(week -> {
            int aerobic = 0;
            for (JsonNode h : week.get("homework")) {
                if (h.get("category").asString().equals("AEROBIC")) {
                    aerobic += h.get("minutes").asInt() * h.get("days").asInt();
                }
            }
            assertThat(aerobic).as("walking minutes in week " + week.get("week")).isGreaterThanOrEqualTo(150);
        });
    }

    static Stream<Arguments> invalidProfiles() {
        return Stream.of(
                Arguments.of("painLevel", "11", "painLevel", "between 0 and 10"),
                Arguments.of("painLevel", "-1", "painLevel", "between 0 and 10"),
                Arguments.of("planWeeks", "0", "planWeeks", "between 1 and 52"),
                Arguments.of("planWeeks", "53", "planWeeks", "between 1 and 52"),
                Arguments.of("sessionsPerWeek", "0", "sessionsPerWeek", "between 1 and 7"),
                Arguments.of("sessionsPerWeek", "8", "sessionsPerWeek", "between 1 and 7"),
                Arguments.of("restrictions", "[{\"type\": \"LIFT_LIMIT\", \"maxKg\": -1}]", "restrictions[0].maxKg",
                        "0 kg or more"),
                Arguments.of("restrictions", "[{\"type\": \"NO_JUMPING\"}]", "restrictions[0].type",
                        "unknown value NO_JUMPING"),
                Arguments.of("equipment", "[\"TRAMPOLINE\"]", "equipment[0]", "unknown value TRAMPOLINE"),
                Arguments.of("planWeeks", "null", "planWeeks", "enter the number of weeks"),
                Arguments.of("minutesPerSession", "2", "minutesPerSession", "between 5 and 180"),
                Arguments.of("fallRisk", "\"EXTREME\"", "fallRisk", "unknown value EXTREME"),
                Arguments.of("planStart", "\"2026-01-01\"", "planStart", "not be before the procedure"),
                Arguments.of("anchorDate", "\"yesterday\"", "anchorDate", "cannot read 'yesterday' as a date"),
                Arguments.of("sessionDays", "[\"MONDAY\"]", "sessionDays", "one different day per session"),
                Arguments.of("restrictions", "[{\"type\": \"LIFT_LIMIT\"}]", "restrictions[0].maxKg", "maximum kg"),
                Arguments.of("restrictions", "[{\"type\": \"EXCLUDE_EXERCISE\", \"exerciseId\": \"moonwalk\"}]",
                        "restrictions[0].exerciseId", "no exercise with id 'moonwalk'"),
                Arguments.of("favouriteExerciseIds", "[\"moonwalk\"]", "favouriteExerciseIds[0]", "no exercise with id 'moonwalk'")
        );
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidProfiles")
    void invalidInputIsA400NamingTheField(String field, String value, String errorField, String message)
            throws Exception {
        ObjectNode profile = (ObjectNode) readTree(Path.of("seeds", "01-early-all-restrictions.json"));
        profile.set(field, mapper.readTree(value));
        mvc.perform(post("/api/plans/generate").contentType(MediaType.APPLICATION_JSON)
                        .content(profile.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == '" + errorField + "')].message")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString(message))));
    }

    @Test
    void malformedJsonIsA400NotA500() throws Exception {
        mvc.perform(post("/api/plans/generate").contentType(MediaType.APPLICATION_JSON).content("{\"planWeeks\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("The request body is not valid JSON"));
    }

    @Test
    void theWholeCatalogIsServed() throws Exception {
        mvc.perform(get("/api/exercises"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(catalog.size()));
        mvc.perform(get("/api/exercises/chin-tuck-seated"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.category").value("POSTURE"));
    }

    @Test
    void theOpenApiDescriptionListsTheEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/plans/generate']").exists())
                // answered asynchronously, described as what the client gets
                .andExpect(jsonPath("$.paths['/api/plans/generate'].post.responses['200'].content['*/*'].schema['$ref']")
                        .value("#/components/schemas/PlanResult"))
                .andExpect(jsonPath("$.paths['/api/patients/{id}/plans'].post.responses['201'].content['*/*']"
                        + ".schema['$ref']").value("#/components/schemas/SavedPlanDetail"))
                .andExpect(jsonPath("$.paths['/api/exercises']").exists());
    }

    private JsonNode generate(String profileJson) throws Exception {
        return generate(profileJson, "en");
    }

    private JsonNode generate(String profileJson, String language) throws Exception {
        MvcResult result = solved(post("/api/plans/generate").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", language).content(profileJson))
                .andExpect(status().isOk()).andReturn();
        return mapper.readTree(result.getResponse().getContentAsString());
    }

    private JsonNode readTree(Path file) throws IOException {
        return mapper.readTree(Files.readString(file));
    }

    /** A solve is answered asynchronously (the request thread is free while the solver works): wait for its answer. */
    private org.springframework.test.web.servlet.ResultActions solved(
            org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(
                mvc.perform(request).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .request().asyncStarted()).andReturn()));
    }
}
