package org.rehabplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.schedule.ScheduleTemplate.Medium;
import org.rehabplan.schedule.ScheduleTemplate.Page;

/** The booklet's layout rules, checked in the PDF (also written to target/sample-schedule.pdf to look at). */
class ScheduleTemplateTest {

    private final ScheduleTemplate template = SyntheticPlans.template();

    @Test
    void noWeekSplitsAcrossPagesAndAnExerciseIsExplainedOnlyInTheFirstWeekItAppears() throws IOException {
        PatientProfile profile = SyntheticPlans.profile("Sample patient", 3, 3);
        PlanResult plan = SyntheticPlans.plan(profile, 5, 8);
        byte[] pdf = new SchedulePdf().render(template.schedule(profile, plan, Page.pdf()));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/sample-schedule.pdf"), pdf);

        List<String> pages = pages(pdf);
        for (int week = 1; week <= 3; week++) {
            String heading = "Week " + week + " of 3";
            List<String> withHeading = pages.stream().filter(p -> p.contains(heading)).toList();
            assertThat(withHeading).as(heading).hasSize(1);
            // the whole tick chart is on the heading's page: every exercise of the week is named there
            plan.weeks().get(week - 1).sessions().forEach(s -> s.exercises().forEach(e ->
                    assertThat(withHeading.get(0)).contains(e.name())));
        }
        ScheduledExercise repeated = plan.weeks().get(1).sessions().get(0).exercises().get(0);
        assertThat(plan.weeks().get(0).sessions().stream().flatMap(s -> s.exercises().stream())
                .anyMatch(e -> e.exerciseId().equals(repeated.exerciseId()))).as("fixture repeats it").isTrue();
        String all = String.join(" ", pages);
        String firstStep = SyntheticPlans.CATALOG.find(repeated.exerciseId()).orElseThrow().instructions().get(0);
        assertThat(all.split(java.util.regex.Pattern.quote(firstStep), -1)).as("its steps are printed once")
                .hasSize(2);
        int explainedOn = 0;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(firstStep)) {
                explainedOn = i + 1;
            }
        }
        assertThat(all).as("the chart points to the page that explains it")
                .contains(repeated.name() + " p. " + explainedOn);
    }

    @Test
    void thePrintPageAndThePdfAreTheSameTemplate() {
        PatientProfile profile = SyntheticPlans.profile("Same template", 2, 2);
        PlanResult plan = SyntheticPlans.plan(profile, 3, 4);

        String pdfMarkup = template.schedule(profile, plan, Page.pdf());
        String browserMarkup = template.schedule(profile, plan, new Page(Medium.BROWSER, "", "x.pdf", false));

        String pdfBody = pdfMarkup.substring(pdfMarkup.indexOf("<div class=\"rp-s-cover\">"));
        String browserBody = browserMarkup.substring(browserMarkup.indexOf("<div class=\"rp-s-cover\">"));
        assertThat(browserBody).isEqualTo(pdfBody);
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFKC).replaceAll("\\s+", " ")
                        .replaceFirst("^\\s*Page \\d+ of \\d+", "").strip()); // the footer comes first
            }
        }
        return pages;
    }
}
