package org.rehabplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rehabplan.base.ReasonText;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.plan.SavedPlan;
import org.rehabplan.planning.service.PlanGenerator;
import org.rehabplan.schedule.ScheduleTemplate.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A saved plan stores each exercise's name and dose as text (English, when it was made), for API clients of old. No
 * reader shows that text: the print page, PDF, phone page and booklet name exercises from the catalog in the patient's
 * language, the API in the request's language (Accept-Language), and doses are worded from the numbers. Here the stored
 * texts are deliberately wrong, so a reader that read them back would show them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "ana.gomez", roles = "THERAPIST")
class SavedPlanNamesTest {

    static final String STORED_NAME = "Stored-name-never-shown";
    static final String STORED_DOSE = "stored-dose-never-shown";
    static final String RETIRED_ID = "retired-exercise-not-in-the-catalog";
    static final String RETIRED_NAME = "Retired exercise (its stored name)";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    PatientService patients;
    @Autowired
    PlanVersionService versions;
    @Autowired
    PlanGenerator generator;
    @Autowired
    ShareLinkService shares;
    @Autowired
    ScheduleService schedules;
    @Autowired
    Catalog catalog;
    @Autowired
    ReasonText words;

    record Saved(Patient patient, PlanVersion version, PlanResult plan) {
    }

    /** A generated plan for a Spanish-speaking patient, saved with a wrong name and dose text on every exercise. */
    private Saved savedWithWrongTexts(boolean retireOne) throws Exception {
        ObjectNode json = (ObjectNode) mapper.readTree(Files.readString(Path.of("seeds", "01-early-all-restrictions.json")));
        json.put("language", "es");
        json.put("patientRef", "names-" + System.nanoTime());
        PatientProfile profile = mapper.treeToValue(json, PatientProfile.class);
        Patient patient = patients.create(profile, "ana.gomez");
        PlanResult generated = generator.generate(profile, List.of());
        assertThat(generated.feasible()).isTrue();
        JsonNode tree = mapper.valueToTree(generated);
        for (JsonNode week : tree.get("weeks")) {
            for (JsonNode session : week.get("sessions")) {
                for (JsonNode exercise : session.get("exercises")) {
                    ((ObjectNode) exercise).put("name", STORED_NAME).put("dose", STORED_DOSE);
                }
            }
            week.get("homework").forEach(h -> ((ObjectNode) h).put("name", STORED_NAME));
        }
        tree.get("excluded").forEach(x -> ((ObjectNode) x).put("name", STORED_NAME));
        if (retireOne) {
            ((ObjectNode) tree.at("/weeks/0/sessions/0/exercises/1")).put("exerciseId", RETIRED_ID)
                    .put("name", RETIRED_NAME);
        }
        PlanResult stored = mapper.treeToValue(tree, PlanResult.class);
        PlanVersion version = versions.save(patient.getId(), profile, stored, List.of(), "ana.gomez", null, null);
        return new Saved(patient, version, stored);
    }

    private Set<String> scheduledIds(PlanResult plan) {
        Set<String> ids = new LinkedHashSet<>();
        plan.weeks().forEach(w -> w.sessions().forEach(s -> s.exercises().forEach(e -> ids.add(e.exerciseId()))));
        return ids;
    }

    @Test
    void aSavedPlanWhoseStoredNamesAreWrongPrintsTheCatalogsSpanishNamesForASpanishPatient() throws Exception {
        Saved s = savedWithWrongTexts(false);
        SavedPlan saved = schedules.savedPlan(s.patient().getId(), s.version().getId()).orElseThrow();
        String token = shares.create(s.patient().getId(), s.version().getId()).token();

        String page = SpanishHandoutTest.visibleText(schedules.html(saved, Page.pdf()));
        String pdf = SpanishHandoutTest.pdfText(schedules.pdf(saved)).replaceAll("\\s+", " ");
        String phone = SpanishHandoutTest.visibleText(mvc.perform(get("/share/" + token).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String booklet = SpanishHandoutTest.visibleText(mvc.perform(get("/share/" + token + "/booklet")
                .with(anonymous())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        for (String reader : List.of(page, pdf, phone, booklet)) {
            assertThat(reader).doesNotContain(STORED_NAME).doesNotContain(STORED_DOSE);
        }
        String first = scheduledIds(s.plan()).iterator().next();
        String spanish = catalog.name(first, "es", null);
        assertThat(spanish).isNotEqualTo(catalog.name(first, "en", null));
        assertThat(page).contains(spanish);
        assertThat(booklet).contains(spanish);
        assertThat(pdf).contains(spanish);
    }

    @Test
    void theApiAnswersExerciseNamesAndDosesInTheAcceptLanguageLanguage() throws Exception {
        Saved s = savedWithWrongTexts(true);
        String url = "/api/patients/" + s.patient().getId() + "/plans/" + s.version().getId();

        for (Locale locale : List.of(Locale.forLanguageTag("es"), Locale.ENGLISH)) {
            JsonNode plan = mapper.readTree(mvc.perform(get(url).header("Accept-Language", locale.getLanguage())
                            .with(user("ana.gomez").roles("THERAPIST")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("plan");
            List<JsonNode> named = new ArrayList<>();
            plan.get("weeks").forEach(w -> {
                w.get("sessions").forEach(session -> session.get("exercises").forEach(named::add));
                w.get("homework").forEach(named::add);
            });
            plan.get("excluded").forEach(named::add);
            assertThat(named).hasSizeGreaterThan(5);
            for (JsonNode e : named) {
                String id = e.get("exerciseId").asString();
                String expected = id.equals(RETIRED_ID) ? RETIRED_NAME : catalog.name(id, locale.getLanguage(), null);
                assertThat(e.get("name").asString()).as(id + " in " + locale).isEqualTo(expected);
            }
            plan.get("weeks").forEach(w -> w.get("sessions").forEach(session -> session.get("exercises").forEach(e -> {
                PlanResult.ScheduledExercise numbers = mapper.treeToValue(e, PlanResult.ScheduledExercise.class);
                assertThat(e.get("dose").asString()).as("dose of " + e.get("exerciseId") + " in " + locale)
                        .isNotEqualTo(STORED_DOSE).isEqualTo(words.words(numbers.doseWords(), locale));
            })));
        }
    }

    @Test
    void anExerciseTheCatalogNoLongerHasKeepsTheNameThePlanStored() throws Exception {
        Saved s = savedWithWrongTexts(true);
        SavedPlan saved = schedules.savedPlan(s.patient().getId(), s.version().getId()).orElseThrow();

        String page = SpanishHandoutTest.visibleText(schedules.html(saved, Page.pdf()));

        assertThat(page).contains(RETIRED_NAME).doesNotContain(STORED_NAME);
    }
}
