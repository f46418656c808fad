package org.rehabplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The patient's phone page behind a share link, what it records, and the share-link and adherence API. */
@SpringBootTest(properties = "rehabplan.share.rate-limit.writes=6")
@AutoConfigureMockMvc
@WithMockUser(username = "therapist", roles = "THERAPIST")
class PhonePageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PatientService patients;
    @Autowired
    PlanVersionService versions;
    @Autowired
    ShareLinkService shares;

    private record Saved(Patient patient, PlanVersion version, PatientProfile profile, PlanResult plan) {
    }

    /** A 2-week plan whose first session is today, so the page opens on it. */
    private Saved startingToday(String name, int exercisesPerSession) {
        PatientProfile base = SyntheticPlans.profile(name, 2, 3);
        LocalDate today = LocalDate.now();
        PatientProfile profile = SyntheticPlans.MAPPER.readValue(SyntheticPlans.MAPPER.writeValueAsString(base)
                .replace("\"planStart\":\"2026-11-24\"", "\"planStart\":\"" + today + "\"")
                .replace("\"anchorDate\":\"2026-11-10\"", "\"anchorDate\":\"" + today.minusWeeks(2) + "\""),
                PatientProfile.class);
        PlanResult plan = SyntheticPlans.plan(profile, exercisesPerSession, 6);
        Patient patient = patients.create(profile, "therapist");
        return new Saved(patient, versions.save(patient.getId(), profile, plan, List.of(), "therapist", null, null),
                profile, plan);
    }

    private PlanVersion saveAgain(Saved saved, PlanResult plan) {
        return versions.save(saved.patient().getId(), saved.profile(), plan, List.of(), "therapist", null, null);
    }

    @Test
    void theLinkOpensOnTodaysSessionWithAPictureAndADoneButtonPerExerciseAndTheWeekAhead() throws Exception {
        Saved saved = startingToday("Phone patient", 3);
        String token = shares.create(saved.patient().getId(), saved.version().getId()).token();

        String page = mvc.perform(get("/share/" + token).with(anonymous())).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("form-action 'self'")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Today, " + SyntheticPlans.words("en").weekdayLong(LocalDate.now()));
        for (ScheduledExercise e : saved.plan().weeks().get(0).sessions().get(0).exercises()) {
            assertThat(page).contains("aria-label=\"Mark " + Xhtml.escape(e.name()) + " as done\"")
                    .contains("<title>" + Xhtml.escape(e.name()) + "</title>");
        }
        assertThat(page).contains("I did this session").contains("name=\"effort\"").contains("name=\"pain\"")
                .contains("The week ahead").doesNotContain("<script");
    }

    @Test
    void aSessionMarkedDoneWithEffortFiveShowsInTheAdherenceApiAndTheFormIsNotResentOnRefresh() throws Exception {
        Saved saved = startingToday("Adherent patient", 2);
        String token = shares.create(saved.patient().getId(), saved.version().getId()).token();
        String today = LocalDate.now().toString();
        String exercise = saved.plan().weeks().get(0).sessions().get(0).exercises().get(0).exerciseId();

        mvc.perform(post("/share/" + token + "/done").with(anonymous()).with(csrf()).param("date", today)
                .param("exercise", exercise)).andExpect(status().isSeeOther());
        mvc.perform(post("/share/" + token + "/done").with(anonymous()).with(csrf()).param("date", today)
                        .param("effort", "5").param("pain", "2"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/share/" + token + "?date=" + today + "&saved#session"));

        String page = mvc.perform(get("/share/" + token).param("saved", "").with(anonymous()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Saved. Well done!").contains("Session done ✓ · effort 5/10 · pain 2/10").contains("Done ✓");

        mvc.perform(get("/api/patients/" + saved.patient().getId() + "/adherence"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].week").value(1))
                .andExpect(jsonPath("$[0].planned").value(3))
                .andExpect(jsonPath("$[0].done").value(1))
                .andExpect(jsonPath("$[0].effort").value(5.0))
                .andExpect(jsonPath("$[0].pain").value(2.0))
                .andExpect(jsonPath("$[1].done").value(0));
    }

    @Test
    void effortOutsideZeroToTenIsRefusedWithASentenceAndNothingIsRecorded() throws Exception {
        Saved saved = startingToday("Typo patient", 2);
        String token = shares.create(saved.patient().getId(), saved.version().getId()).token();

        String page = mvc.perform(post("/share/" + token + "/done").with(anonymous()).with(csrf())
                        .param("date", LocalDate.now().toString()).param("effort", "11"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Effort and pain are numbers from 0 to 10");
        mvc.perform(post("/share/" + token + "/done").with(anonymous()).with(csrf())
                .param("date", LocalDate.now().plusYears(3).toString())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/patients/" + saved.patient().getId() + "/adherence"))
                .andExpect(jsonPath("$[0].done").value(0)).andExpect(jsonPath("$[0].effort").isEmpty());
    }

    @Test
    void aRefusedReportOnASpanishPatientsPhonePageIsSaidInSpanish() throws Exception {
        Saved english = startingToday("Paciente española", 2);
        PatientProfile profile = english.profile().withLanguage("es");
        Patient patient = patients.create(profile, "therapist");
        PlanVersion version = versions.save(patient.getId(), profile, english.plan(), List.of(), "therapist", null,
                null);
        String token = shares.create(patient.getId(), version.getId()).token();

        String noSession = mvc.perform(post("/share/" + token + "/done").with(anonymous()).with(csrf())
                        .param("date", LocalDate.now().plusYears(3).toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noSession).contains("Este plan no tiene ninguna ses").doesNotContain("There is no session");
        String badEffort = mvc.perform(post("/share/" + token + "/done").with(anonymous()).with(csrf())
                        .param("date", LocalDate.now().toString()).param("effort", "11"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(badEffort).contains("El esfuerzo y el dolor son").doesNotContain("Effort and pain are numbers");
    }

    @Test
    void aLinkFollowsThePatientsLatestSavedVersionUnlessPinned() throws Exception {
        Saved saved = startingToday("Re-planned patient", 2);
        String following = shares.create(saved.patient().getId(), saved.version().getId()).token();
        String pinned = shares.create(saved.patient().getId(), saved.version().getId(), true).token();
        PlanResult replanned = SyntheticPlans.plan(saved.profile(), 4, 12);
        saveAgain(saved, replanned);
        String newExercise = replanned.weeks().get(0).sessions().get(0).exercises().get(3).name();
        assertThat(saved.plan().weeks().get(0).sessions().get(0).exercises()).extracting(ScheduledExercise::name)
                .doesNotContain(newExercise);

        assertThat(mvc.perform(get("/share/" + following).with(anonymous())).andReturn().getResponse()
                .getContentAsString()).contains("Mark " + Xhtml.escape(newExercise) + " as done");
        assertThat(mvc.perform(get("/share/" + pinned).with(anonymous())).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Mark " + Xhtml.escape(newExercise) + " as done");
    }

    @Test
    void tooManyReportsFromOneClientAreRefusedWithRetryAfter() throws Exception {
        Saved saved = startingToday("Button masher", 2);
        String token = shares.create(saved.patient().getId(), saved.version().getId()).token();
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            int status = mvc.perform(post("/share/" + token + "/done").with(anonymous()).with(csrf())
                            .param("date", LocalDate.now().toString()))
                    .andReturn().getResponse().getStatus();
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).isEqualTo(2);
    }

    @Test
    void theShareLinkApiCreatesALinkWithItsAddressAndExpiryAndDeleteRevokesIt() throws Exception {
        Saved saved = startingToday("API patient", 2);
        String base = "/api/patients/" + saved.patient().getId() + "/plans/" + saved.version().getId()
                + "/share-links";
        String body = mvc.perform(post(base).contentType(MediaType.APPLICATION_JSON).content("{\"pinned\":true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.url").value(org.hamcrest.Matchers.matchesPattern(
                        "http://localhost/share/[A-Za-z0-9_-]{43}")))
                .andExpect(jsonPath("$.expiresAt").exists())
                .andExpect(jsonPath("$.pinned").value(true))
                .andReturn().getResponse().getContentAsString();
        String url = SyntheticPlans.MAPPER.readTree(body).get("url").asString();
        long id = SyntheticPlans.MAPPER.readTree(body).get("id").asLong();
        String path = url.substring("http://localhost".length());
        mvc.perform(get(path).with(anonymous())).andExpect(status().isOk());

        mvc.perform(delete(base + "/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REVOKED"));
        mvc.perform(get(path).with(anonymous())).andExpect(status().isGone());
        mvc.perform(post("/api/patients/999999/plans/1/share-links")).andExpect(status().isNotFound());
    }
}
