package org.rehabplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Movement;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Several protocols side by side: listed, chosen per profile, and each plan follows its own protocol. */
@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
@AutoConfigureMockMvc
class ProtocolApiTest {

    /** The same patient for every protocol: 3 weeks after the anchor event, a 10-week plan, everything at home. */
    private static final String PATIENT = """
            {"patientRef": "multi-protocol", %s"anchorDate": "2026-11-02", "planStart": "2026-11-23",
             "planWeeks": 10, "sessionsPerWeek": 3, "minutesPerSession": 30, "painLevel": 2, "fallRisk": "LOW",
             "canGetOnFloor": true, "toleratesProne": true,
             "equipment": ["CHAIR", "CHAIR_BACK", "WALL", "COUNTER", "MAT", "PILLOW", "TOWEL_ROLL",
                           "RESISTANCE_BAND", "DUMBBELL", "DOWEL", "STEP", "STAIRS", "STRAP"]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    Catalog catalog;

    @Autowired
    ProtocolRegistry protocols;

    private static List<String> shippedProtocolIds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("exercises", "protocols"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        }
    }

    @Test
    void everyProtocolFileIsListedWithItsNameConditionDescriptionAndPhases() throws Exception {
        JsonNode listed = mapper.readTree(mvc.perform(get("/api/protocols")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(listed.size()).isGreaterThanOrEqualTo(3);
        List<String> ids = new java.util.ArrayList<>();
        listed.forEach(p -> {
            ids.add(p.get("id").asString());
            assertThat(p.get("name").asString()).isNotBlank();
            assertThat(p.get("condition").asString()).isNotBlank();
            assertThat(p.get("description").asString()).isNotBlank();
            assertThat(p.get("phases").size()).isPositive();
            assertThat(p.at("/phases/0/fromWeek").asInt()).isZero();
            assertThat(p.get("anchorLabel").asString()).endsWith("date");
        });
        assertThat(ids).containsExactlyInAnyOrderElementsOf(shippedProtocolIds());
        assertThat(listed.get(0).get("isDefault").asBoolean()).isTrue();
    }

    @Test
    void eachProtocolGivesAFeasiblePlanNamedAfterItThatFollowsItsOwnPhases() throws Exception {
        for (String id : shippedProtocolIds()) {
            JsonNode plan = generate(PATIENT.formatted("\"protocolId\": \"" + id + "\", "));
            assertThat(plan.get("feasible").asBoolean()).as(id + ": " + plan.get("explanation")).isTrue();
            assertThat(plan.get("protocol").asString()).isEqualTo(id);
            Protocol protocol = protocols.forId(id);
            plan.get("weeks").forEach(week -> assertThat(week.get("phase").asString())
                    .isEqualTo(protocol.phaseAt(week.get("weeksAfterProcedure").asInt()).name()));
        }
    }

    @Test
    void theThreePlansDifferWhereTheirProtocolsDiffer() throws Exception {
        Map<String, JsonNode> plans = new HashMap<>();
        for (String id : List.of("kyphoplasty", "vertebral-fracture", "osteoporosis")) {
            plans.put(id, generate(PATIENT.formatted("\"protocolId\": \"" + id + "\", ")));
        }
        // 3 weeks after the anchor event each protocol is in a different phase
        Set<String> firstPhases = new HashSet<>();
        plans.values().forEach(p -> firstPhases.add(p.at("/weeks/0/phase").asString()));
        assertThat(firstPhases).hasSize(3);
        // a fracture without cement is protected longer: no bending until 16 weeks, not 12
        assertThat(plans.get("vertebral-fracture").at("/weeks/0/restrictions").toString())
                .contains("No bending forward until 16 weeks after the fracture");
        assertThat(plans.get("kyphoplasty").at("/weeks/0/restrictions").toString())
                .contains("No bending forward until 12 weeks after the procedure");
        // impact may progress only without a fracture: heel drops and jumps appear for osteoporosis alone
        assertThat(impactExercises(plans.get("osteoporosis"))).isNotEmpty();
        assertThat(impactExercises(plans.get("kyphoplasty"))).isEmpty();
        assertThat(impactExercises(plans.get("vertebral-fracture"))).isEmpty();
        assertThat(plans.get("osteoporosis").get("excluded").toString()).doesNotContain("heel-drops");
        assertThat(plans.get("kyphoplasty").get("excluded").toString()).contains("heel-drops")
                .contains("contraindicated for a vertebral fracture");
    }

    @Test
    void anUnknownProtocolIsA400NamingTheField() throws Exception {
        mvc.perform(post("/api/plans/generate").contentType(MediaType.APPLICATION_JSON)
                        .content(PATIENT.formatted("\"protocolId\": \"no-such-protocol\", ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'protocolId')].message").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("no-such-protocol"))));
    }

    @Test
    void aProfileWithoutProtocolIsPlannedWithTheDefaultOneAndTheOldProcedureDateIsStillRead() throws Exception {
        JsonNode plan = generate(PATIENT.formatted("").replace("\"anchorDate\"", "\"procedureDate\""));
        assertThat(plan.get("feasible").asBoolean()).isTrue();
        assertThat(plan.get("protocol").asString()).isEqualTo(protocols.defaultId());
        assertThat(plan.at("/weeks/0/weeksAfterProcedure").asInt()).isEqualTo(3);
    }

    private Set<String> impactExercises(JsonNode plan) {
        Set<String> ids = new HashSet<>();
        plan.get("weeks").forEach(w -> w.get("sessions").forEach(s -> s.get("exercises").forEach(e -> {
            String id = e.get("exerciseId").asString();
            if (catalog.find(id).map(x -> x.has(Movement.IMPACT)).orElse(false)) {
                ids.add(id);
            }
        })));
        return ids;
    }

    /** A solve is answered asynchronously: wait for its answer. */
    private JsonNode generate(String body) throws Exception {
        var started = mvc.perform(post("/api/plans/generate").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().asyncStarted())
                .andReturn();
        return mapper.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
