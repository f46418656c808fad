package org.rehabplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabplan.base.Reason;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.plan.SavedPlan;
import org.rehabplan.planning.ui.WorkspaceView;
import org.rehabplan.schedule.ScheduleTemplate.Page;
import org.rehabplan.schedule.ui.PlanVersionView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A plan version saved before reasons were data holds English sentences where reasons now are (its "why", exclusions,
 * score matches, step-backs, week restrictions and an alert with its message). It still opens in the workspace and
 * the version page, and still prints and gives its PDF: each old sentence reads back as written.
 */
@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
class PlanSavedBeforeReasonsTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;
    @Autowired
    PlanVersionService versions;
    @Autowired
    ScheduleService schedules;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.rehabplan.catalog.Catalog catalog;

    /** The exercise's name in today's catalog: pages name exercises from the catalog, in the reader's language. */
    private String name(String exerciseId) {
        return catalog.find(exerciseId).orElseThrow().name();
    }

    /** Stores a version as the app did before reasons were data: the plan JSON with sentences. */
    private PlanVersion savedBeforeReasons() throws IOException {
        PatientProfile profile = new PatientProfile("legacy-" + System.nanoTime(), "Old Plan Patient", null,
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16), 2, 1, List.of(DayOfWeek.MONDAY), 30, 3,
                FallRisk.MODERATE, true, true, EnumSet.allOf(Equipment.class), List.of(), List.of());
        Patient patient = patients.create(profile, "therapist");
        PlanResult placeholder = new PlanResult(profile.patientRef(), profile.planStart(), true, "0hard/0medium/0soft",
                "kyphoplasty", List.of(), List.of(), List.of(), List.of());
        PlanVersion version = versions.save(patient.getId(), profile, placeholder, List.of(), "therapist", null, null);
        String old = new ClassPathResource("legacy/plan-with-sentences.json").getContentAsString(StandardCharsets.UTF_8);
        jdbc.update("update plan_version set plan_json = ? where id = ?", old, version.getId());
        return version;
    }

    static final String OLD_CONFLICT = "No exercise is safe: can't get on the floor, can't lie down and has no chair";

    /** An infeasible plan saved before reasons were data: its conflicts are English sentences. */
    private PlanVersion savedWithoutASafeScheduleBeforeReasons(String language) {
        PatientProfile profile = new PatientProfile("legacy-" + System.nanoTime(), "Old Plan Patient", null,
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16), 2, 1, List.of(DayOfWeek.MONDAY), 30, 3,
                FallRisk.MODERATE, true, true, EnumSet.allOf(Equipment.class), List.of(), List.of())
                .withLanguage(language);
        Patient patient = patients.create(profile, "therapist");
        PlanResult placeholder = new PlanResult(profile.patientRef(), profile.planStart(), false, "-1hard/0medium/0soft",
                "kyphoplasty", List.of(), List.of(), List.of(), List.of());
        PlanVersion version = versions.save(patient.getId(), profile, placeholder, List.of(), "therapist", null, null);
        String old = """
                {"patientRef": "%s", "planStart": "2026-11-16", "feasible": false, "score": "-1hard/0medium/0soft",
                 "weeks": [], "excluded": [], "explanation": [], "conflicts": ["%s"]}
                """.formatted(profile.patientRef(), OLD_CONFLICT);
        jdbc.update("update plan_version set plan_json = ? where id = ?", old, version.getId());
        return version;
    }

    @Test
    void itsNoSafeSchedulePageIsInTheSpanishPatientsLanguageAndAsksToGenerateAgainWhileTheVersionPageKeepsTheSentence() {
        PlanVersion version = savedWithoutASafeScheduleBeforeReasons("es");
        SavedPlan saved = versions.find(version.getPatientId(), version.getId()).orElseThrow();

        String page = SpanishHandoutTest.visibleText(schedules.html(saved, Page.pdf()));

        assertThat(page).contains("No hay un plan seguro").contains("Vuelva a crear el plan para verlos aquí")
                .doesNotContain(OLD_CONFLICT);
        assertThat(SpanishHandoutTest.englishIn(page)).as("English on the Spanish page").isEmpty();
        // the therapist's version page still shows what was saved
        PlanVersionView screen = navigate("patients/" + version.getPatientId() + "/plans/" + version.getId(),
                PlanVersionView.class);
        assertThat(screen.getElement().toString()).contains("No exercise is safe: can");
    }

    @Test
    void itsNoSafeSchedulePageNeverMixesTheOldSentenceIntoAPrintedPageInAnyLanguage() {
        PlanVersion version = savedWithoutASafeScheduleBeforeReasons("en");
        SavedPlan saved = versions.find(version.getPatientId(), version.getId()).orElseThrow();

        String page = SpanishHandoutTest.visibleText(schedules.html(saved, Page.pdf()));

        assertThat(page).contains("No safe schedule").contains("Generate the plan again").doesNotContain(OLD_CONFLICT);
    }

    @Test
    void itsSentencesReadBackAsTheyWereWritten() throws IOException {
        PlanVersion version = savedBeforeReasons();

        SavedPlan saved = versions.find(version.getPatientId(), version.getId()).orElseThrow();

        PlanResult plan = saved.plan();
        assertThat(plan.weeks()).hasSize(2);
        assertThat(plan.weeks().getFirst().restrictions()).extracting(Reason::code).containsOnly(Reason.LEGACY);
        assertThat(plan.weeks().getFirst().restrictions().getFirst().arg("text"))
                .isEqualTo("No bending forward until week 12 after the procedure");
        assertThat(plan.weeks().get(1).stepBackReasons().getFirst().reason().arg("text").toString())
                .startsWith("Quad sets takes over from Glute sets");
        assertThat(plan.alerts()).singleElement().extracting(PlanResult.Alert::code).isEqualTo("REFER_BACK");
        assertThat(plan.explanation().getFirst().code()).isNull();
    }

    @Test
    void itStillPrintsAndGivesItsPdf() throws IOException {
        PlanVersion version = savedBeforeReasons();
        SavedPlan saved = versions.find(version.getPatientId(), version.getId()).orElseThrow();

        String html = schedules.html(saved, Page.pdf());
        String pdf = ScheduleDocumentTest.pdfText(schedules.pdf(saved));

        // names come from today's catalog in the reader's language, not from the stored English
        assertThat(html).contains(name("chin-tuck-seated")).contains(name("quad-sets"));
        assertThat(pdf).contains("Week 1 of 2").contains("Week 2 of 2").contains(name("glute-sets"));
    }

    @Test
    void itStillOpensOnItsVersionPageAndInTheWorkspace() throws IOException {
        PlanVersion version = savedBeforeReasons();

        PlanVersionView page = navigate("patients/" + version.getPatientId() + "/plans/" + version.getId(),
                PlanVersionView.class);
        assertThat(page.getElement().toString()).contains(name("chin-tuck-seated"));

        // the workspace re-checks the saved exercises and explains them afresh, in the reader's language
        WorkspaceView workspace = navigate("patients/" + version.getPatientId() + "/workspace", WorkspaceView.class);
        assertThat(workspace.getElement().toString()).contains("Showing saved version 1")
                .contains("Safe this week:").doesNotContain("can’t be reopened");
    }
}
