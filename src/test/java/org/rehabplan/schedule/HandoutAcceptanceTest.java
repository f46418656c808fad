package org.rehabplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 12's acceptance: the PDF of a solved 12-week × 5-session plan (solved as the app solves it) fits 16 A4
 * pages, has no near-empty page, a picture for every exercise and the clinic's phone (from the rehabplan.clinic.*
 * defaults) on the cover.
 */
@SpringBootTest(properties = {"rehabplan.clinic.name=Harbour Physio", "rehabplan.clinic.phone=+44 1632 960 123",
        // the plan the app gives (stopped by its step limits, reproducible), not one cut short by the tests' clock
        "rehabplan.solver.unimproved-limit=0s", "rehabplan.solver.time-limit=60s"})
@WithMockUser(username = "therapist", roles = "THERAPIST")
class HandoutAcceptanceTest {

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

    @ParameterizedTest(name = "{0} as 12 weeks x 5 sessions")
    @ValueSource(strings = "04-ten-weeks-restrictions-lifting.json")
    void theTwelveWeekFiveSessionPdfFitsSixteenPagesWithAPicturePerExerciseAndTheClinicPhoneOnTheCover(String seed)
            throws Exception {
        PatientProfile seeded = mapper.readValue(Files.readString(Path.of("seeds", seed)), PatientProfile.class);
        PatientProfile profile = mapper.readValue(mapper.writeValueAsString(seeded).replaceFirst(
                "\"planWeeks\":\\d+", "\"planWeeks\":12").replaceFirst("\"sessionsPerWeek\":\\d+",
                "\"sessionsPerWeek\":5").replaceFirst("\"sessionDays\":\\[[^]]*]", "\"sessionDays\":null"),
                PatientProfile.class);
        Patient patient = patients.create(profile, "therapist");
        PlanResult plan = generator.generate(profile, List.of());
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.weeks()).hasSize(12).allSatisfy(w -> assertThat(w.sessions()).hasSize(5));
        PlanVersion version = versions.save(patient.getId(), profile, plan, List.of(), "therapist", null, null);
        SavedPlan saved = schedules.savedPlan(patient.getId(), version.getId()).orElseThrow();

        long started = System.nanoTime();
        byte[] pdf = schedules.pdf(saved, Page.pdf().withPhoneUrl("https://rehab.example.org/share/x"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        Files.write(Path.of("target/handout-12x5-" + seed.replace(".json", ".pdf")), pdf);
        Set<String> exercises = plan.weeks().stream().flatMap(w -> w.sessions().stream())
                .flatMap(s -> s.exercises().stream()).map(e -> e.exerciseId()).collect(Collectors.toSet());

        List<Double> fullness = PdfPages.fullness(pdf);
        System.out.printf("%s 12x5: %d exercises, %d pages, %d KB, rendered in %d ms, fullness %s%n", seed,
                exercises.size(), fullness.size(), pdf.length / 1024, millis,
                fullness.stream().map(f -> String.format("%.2f", f)).toList());
        assertThat(fullness.size()).isLessThanOrEqualTo(16);
        for (int i = 0; i < fullness.size() - 1; i++) {
            assertThat(fullness.get(i)).as("page %d of %d", i + 1, fullness.size()).isGreaterThanOrEqualTo(1.0 / 3);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper cover = new PDFTextStripper();
            cover.setStartPage(1);
            cover.setEndPage(1);
            assertThat(cover.getText(doc)).contains("Harbour Physio").contains("+44 1632 960 123");
            // every picture (and the QR code) is an SVG drawn as a form: one per explained exercise, plus the code
            int drawings = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    drawings++;
                }
            }
            assertThat(drawings).isGreaterThanOrEqualTo(exercises.size() + 1);
        }
        String html = schedules.html(saved, Page.pdf());
        for (String id : exercises) {
            int card = html.indexOf("id=\"" + ScheduleTemplate.anchor(id) + "\"");
            assertThat(card).as("card of " + id).isPositive();
            assertThat(html.indexOf("<svg", card)).as("picture of " + id)
                    .isLessThan(html.indexOf("</td>", card));
        }
    }
}
