package org.rehabplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A new condition is data only: a copy of the shipped catalog in a temporary folder gains a condition and a fourth
 * protocol file, and the unchanged application lists it and plans with it.
 */
@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
@AutoConfigureMockMvc
class FourthProtocolTest {

    private static final Path CATALOG = copyOfTheShippedCatalog();

    private static final String WRIST_CONDITION = """
            {"id": "WRIST_FRACTURE", "name": "Healing wrist fracture", "phrase": "a healing wrist fracture",
             "description": "A distal radius fragility fracture, in plaster or recently out of it.",
             "sources": ["Test condition"]}""";

    /** After a wrist fracture in someone with osteoporosis: no weight through the hand for 8 weeks. */
    private static final String WRIST_PROTOCOL = """
            {"id": "wrist-fracture-osteoporosis", "name": "Osteoporosis after a wrist fracture",
             "condition": "Fragility fracture of the wrist with osteoporosis",
             "description": "Two phases from the fracture date: protect the wrist, then strength and balance.",
             "conditions": ["OSTEOPOROSIS", "WRIST_FRACTURE"],
             "texts": {"en": {"anchorLabel": "Wrist fracture date", "anchorHelp": "Day of the fall",
                              "weeksAfter": "weeks after the wrist fracture",
                              "weeksAfterCount": "{weeks, plural, one {# week} other {# weeks}} after the wrist fracture",
                              "patientCondition": "After your broken wrist",
                              "stopAndCall": ["your fingers become swollen, cold or numb."], "moveSafely": []}},
             "maxExercisesPerSession": 5, "warmUpMinutes": 5,
             "progression": {"minVolumeIncrease": 0.1, "entryLevelsBelowCap": 2},
             "painCaps": [{"minPain": 5, "maxLevel": 2}],
             "defaultRestrictions": [{"type": "LIFT_LIMIT", "maxKg": 1, "untilWeek": 8}],
             "phases": [
               {"name": "Wrist protection", "fromWeek": 0, "toWeek": 8, "maxLevel": 2,
                "emphasis": "Legs, balance and posture without weight through the hand.",
                "sessionTargets": [{"category": "LOWER_LIMB", "minExercises": 1}],
                "weeklyTargets": [{"category": "BALANCE", "minSessions": 2}],
                "sources": ["Test source"]},
               {"name": "Whole-body strength", "fromWeek": 8, "toWeek": null, "maxLevel": 4,
                "emphasis": "Progressive strength and balance.",
                "sessionTargets": [{"category": "LOWER_LIMB", "minExercises": 1},
                                   {"category": "BALANCE", "minExercises": 1}],
                "sources": ["Test source"]}],
             "sources": ["Test source"]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper mapper;

    @DynamicPropertySource
    static void catalogInATemporaryFolder(DynamicPropertyRegistry registry) {
        registry.add("rehabplan.catalog.location", () -> CATALOG.toUri().toString());
    }

    @Test
    void aFourthProtocolAndItsNewConditionAreListedAndPlannedWithoutAnyCodeChange() throws Exception {
        JsonNode listed = mapper.readTree(mvc.perform(get("/api/protocols")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(listed.size()).isEqualTo(4);
        assertThat(listed.toString()).contains("wrist-fracture-osteoporosis").contains("Wrist fracture date");

        var started = mvc.perform(post("/api/plans/generate").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"patientRef": "wrist-1", "protocolId": "wrist-fracture-osteoporosis",
                         "anchorDate": "2026-11-02", "planStart": "2026-11-16", "planWeeks": 8, "sessionsPerWeek": 3,
                         "minutesPerSession": 30, "painLevel": 2, "fallRisk": "MODERATE", "canGetOnFloor": false,
                         "toleratesProne": false, "equipment": ["CHAIR", "CHAIR_BACK", "WALL", "COUNTER"]}"""))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().asyncStarted())
                .andReturn();
        // a solve is answered asynchronously: wait for its answer
        JsonNode plan = mapper.readTree(mvc.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(plan.get("feasible").asBoolean()).as(plan.get("explanation").toString()).isTrue();
        assertThat(plan.get("protocol").asString()).isEqualTo("wrist-fracture-osteoporosis");
        assertThat(plan.at("/weeks/0/phase").asString()).isEqualTo("Wrist protection");
        assertThat(plan.at("/weeks/7/phase").asString()).isEqualTo("Whole-body strength");
        assertThat(plan.at("/weeks/0/restrictions").toString())
                .contains("Lift no more than 1 kg until 8 weeks after the wrist fracture");
        // an exercise contraindicated for the new condition stays out, with the condition's own words
        assertThat(plan.get("excluded").toString()).contains("contraindicated for a healing wrist fracture");
    }

    /** The shipped catalog, its conditions and protocols, plus the new condition, its protocol and one contraindication. */
    private static Path copyOfTheShippedCatalog() {
        try {
            Path root = Files.createTempDirectory("rehabplan-fourth-protocol");
            Path shipped = Path.of("exercises");
            try (Stream<Path> files = Files.walk(shipped)) {
                for (Path from : files.toList()) {
                    Path to = root.resolve(shipped.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
            Path conditions = root.resolve("conditions/conditions.json");
            String list = Files.readString(conditions).trim();
            Files.writeString(conditions, list.substring(0, list.length() - 1) + ", " + WRIST_CONDITION + "]");
            Files.writeString(root.resolve("protocols/wrist-fracture-osteoporosis.json"), WRIST_PROTOCOL);
            // the catalog gains a contraindication: pushing up from the wall loads the healing wrist
            Path upperBody = root.resolve("upper-back-shoulder.json");
            tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
            tools.jackson.databind.node.ArrayNode exercises =
                    (tools.jackson.databind.node.ArrayNode) json.readTree(upperBody.toFile());
            exercises.forEach(e -> {
                if (e.get("id").asString().equals("wall-push-up")) {
                    ((tools.jackson.databind.node.ObjectNode) e).putArray("contraindicatedFor").add("WRIST_FRACTURE");
                }
            });
            json.writeValue(upperBody.toFile(), exercises);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
