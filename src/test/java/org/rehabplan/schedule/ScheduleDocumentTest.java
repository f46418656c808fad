package org.rehabplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.WeekPlan;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.plan.SavedPlan;
import org.rehabplan.planning.service.PlanGenerator;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;
import org.rehabplan.schedule.ScheduleTemplate.Medium;
import org.rehabplan.schedule.ScheduleTemplate.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/** The printed schedule and its PDF, from saved plan versions of the demo patients and of tricky ones. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "therapist", roles = "THERAPIST")
class ScheduleDocumentTest {

    private static final String IMPOSSIBLE_SEED = "06-almost-nothing-safe.json";

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
    ScheduleService schedules;

    static Stream<Path> feasibleSeeds() throws IOException {
        return Files.list(Path.of("seeds")).filter(p -> p.toString().endsWith(".json"))
                .filter(p -> !p.getFileName().toString().equals(IMPOSSIBLE_SEED)).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("feasibleSeeds")
    void thePdfOfEverySeedPatientHasEachWeekItsExercisesAndItsRulesInPlainWords(Path seed) throws IOException {
        SavedPlan saved = generateAndSave(mapper.readValue(Files.readString(seed), PatientProfile.class));
        assertThat(saved.plan().feasible()).isTrue();

        // a name wrapped after its hyphen ("slow sit-" / "down") reads back as "sit- down"
        String text = pdfText(schedules.pdf(saved)).replaceAll("(?<=\\w)- (?=\\w)", "-");

        List<WeekPlan> weeks = saved.plan().weeks();
        for (WeekPlan week : weeks) {
            assertThat(text).contains("Week " + week.week() + " of " + weeks.size());
            week.sessions().forEach(session -> session.exercises().forEach(exercise ->
                    assertThat(text).contains(oneLine(exercise.name()))));
            for (Restriction r : saved.profile().restrictions()) {
                if (!r.activeAt(week.weeksAfterProcedure())) {
                    continue;
                }
                if (r.type() == RestrictionType.LIFT_LIMIT) {
                    assertThat(text).contains("Don't lift more than " + schedules.words("en").number(
                            lowestActiveLiftLimit(saved.profile(), week.weeksAfterProcedure())) + " kg");
                } else if (r.type() != RestrictionType.EXCLUDE_EXERCISE) {
                    assertThat(text).contains(oneLine(new WeekRules(schedules.words("en"), false).rule(r.type())));
                }
            }
        }
        assertThat(text).contains(oneLine(schedules.words("en").text("emergency")));
    }

    @Test
    void thePdfEmbedsItsOwnFontsSoItPrintsTheSameOnEveryComputer() throws IOException {
        SavedPlan saved = generateAndSave(mapper.readValue(Files.readString(Path.of("seeds", "01-early-all-restrictions.json")),
                PatientProfile.class));
        try (PDDocument pdf = Loader.loadPDF(schedules.pdf(saved))) {
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
        }
    }

    @Test
    void aPlanWithNoSafeExerciseIsRefusedWithAClearMessageNeverPrinted() throws Exception {
        SavedPlan saved = generateAndSave(mapper.readValue(Files.readString(Path.of("seeds", IMPOSSIBLE_SEED)),
                PatientProfile.class));
        assertThat(saved.plan().feasible()).isFalse();

        assertThatThrownBy(() -> schedules.pdf(saved)).isInstanceOf(ScheduleService.NoSafeScheduleException.class);
        String url = ScheduleController.pageUrl(saved.version().getPatientId(), saved.version().getId());
        String page = mvc.perform(get(url)).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("No safe schedule").contains("leave no safe exercise");
        mvc.perform(get(url + ".pdf")).andExpect(status().isConflict());
    }

    @Test
    void markupInThePatientsNameAndInExerciseNamesIsPrintedAsTextNeverRunAsHtml() throws Exception {
        String name = "<script>alert('x')</script> Rose & \"Bob\" <b>O'Neil</b>";
        PatientProfile profile = SyntheticPlans.profile(name, 1, 2);
        PlanResult generated = SyntheticPlans.plan(profile, 2);
        // a saved plan carries exercise names as data: a name with markup, of an exercise no longer in the catalog,
        // must print as text too
        ScheduledExercise first = generated.weeks().get(0).sessions().get(0).exercises().get(0);
        String exerciseName = "Lift <img src=x onerror=alert(1)> & lower";
        PlanResult plan = renameFirstExercise(generated, first, exerciseName);
        Patient patient = patients.create(profile, "therapist");
        PlanVersion version = versions.save(patient.getId(), profile, plan, List.of(), "therapist", null, null);

        String html = mvc.perform(get(ScheduleController.pageUrl(patient.getId(), version.getId())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("<b>O")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Rose &amp; &quot;Bob&quot;")
                .contains("Lift &lt;img src=x onerror=alert(1)&gt; &amp; lower");

        byte[] pdf = mvc.perform(get(ScheduleController.pageUrl(patient.getId(), version.getId()) + ".pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains(name).contains(exerciseName);
    }

    @Test
    void aTherapistCannotOpenAVersionThroughAnotherPatientsAddress() throws Exception {
        SavedPlan saved = generateAndSave(SyntheticPlans.profile("Owner of the plan", 1, 1));
        Patient other = patients.create(SyntheticPlans.profile("Someone else", 1, 1), "therapist");

        mvc.perform(get(ScheduleController.pageUrl(other.getId(), saved.version().getId())))
                .andExpect(status().isNotFound());
        mvc.perform(get(ScheduleController.pageUrl(other.getId(), saved.version().getId()) + ".pdf"))
                .andExpect(status().isNotFound());
        mvc.perform(get(ScheduleController.pageUrl(saved.version().getPatientId(), 999_999L)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherTherapistsPatientsScheduleIsNotFound() throws Exception {
        var me = org.springframework.security.test.context.TestSecurityContextHolder.getContext().getAuthentication();
        org.springframework.security.test.context.TestSecurityContextHolder.setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("someone-else", null,
                        "ROLE_THERAPIST"));
        PatientProfile profile = SyntheticPlans.profile("Not yours", 1, 1);
        Patient theirs = patients.create(profile, "someone-else");
        PlanVersion version = versions.save(theirs.getId(), profile, SyntheticPlans.plan(profile, 1), List.of(),
                "someone-else", null, null);
        org.springframework.security.test.context.TestSecurityContextHolder.setAuthentication(me);

        mvc.perform(get(ScheduleController.pageUrl(theirs.getId(), version.getId()))).andExpect(status().isNotFound());
        mvc.perform(get(ScheduleController.pageUrl(theirs.getId(), version.getId()) + ".pdf"))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePrintPageOpensThePrintDialogOnlyWhenAskedAndHidesItsButtonsOnPaper() throws Exception {
        SavedPlan saved = generateAndSave(SyntheticPlans.profile("Print me", 1, 1));
        String url = ScheduleController.pageUrl(saved.version().getPatientId(), saved.version().getId());
        String plain = mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
        String auto = mvc.perform(get(url).param("print", "")).andReturn().getResponse().getContentAsString();

        assertThat(plain).doesNotContain("onload").contains("onclick=\"window.print()\"")
                .contains("href=\"" + url + ".pdf\"").contains("/styles/schedule.css");
        assertThat(auto).contains("onload=\"window.print()\"");
    }

    private SavedPlan generateAndSave(PatientProfile profile) {
        Patient patient = patients.create(profile, "therapist");
        PlanResult plan = generator.generate(profile, List.of());
        PlanVersion version = versions.save(patient.getId(), profile, plan, List.of(), "therapist", null, null);
        return schedules.savedPlan(patient.getId(), version.getId()).orElseThrow();
    }

    private static double lowestActiveLiftLimit(PatientProfile profile, int weeksAfterProcedure) {
        return profile.restrictions().stream()
                .filter(r -> r.type() == RestrictionType.LIFT_LIMIT && r.activeAt(weeksAfterProcedure))
                .mapToDouble(Restriction::maxKg).min().orElseThrow();
    }

    private static PlanResult renameFirstExercise(PlanResult plan, ScheduledExercise first, String name) {
        // an exercise since taken out of the catalog: the handout prints the name the plan saved (in the catalog the
        // handout prints the catalog's name in the patient's language)
        ScheduledExercise renamed = new ScheduledExercise("retired-exercise", name, first.category(), first.level(),
                first.sets(), first.reps(), first.holdSeconds(), first.minutes(), first.dose(), first.locked(),
                first.why());
        List<WeekPlan> weeks = plan.weeks().stream().map(w -> new WeekPlan(w.week(), w.weeksAfterProcedure(),
                w.phase(), w.start(), w.restrictions(), w.sessions().stream().map(s -> new PlanResult.SessionPlan(
                s.number(), s.day(), s.date(), s.totalMinutes(), s.exercises().stream()
                .map(e -> e.exerciseId().equals(first.exerciseId()) ? renamed : e).toList())).toList())).toList();
        return new PlanResult(plan.patientRef(), plan.planStart(), true, plan.score(), plan.protocol(), weeks,
                plan.excluded(), plan.explanation(), plan.conflicts());
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // NFKC: the PDF may set "fi"/"fl" as ligatures
            return oneLine(Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC));
        }
    }

    /** Text as one line: the PDF wraps long names and sentences at the cell or page edge. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
