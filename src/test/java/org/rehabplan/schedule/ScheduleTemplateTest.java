package org.rehabplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.planning.PlanResult;
import org.rehabplan.schedule.ScheduleTemplate.Page;

class ScheduleTemplateTest {

    private final ScheduleTemplate template = SyntheticPlans.template();

    @Test
    void writesASamplePdf() throws IOException {
        PatientProfile profile = SyntheticPlans.profile("Sample patient", 3, 3);
        PlanResult plan = SyntheticPlans.plan(profile, 5);
        byte[] pdf = new SchedulePdf().render(template.schedule(profile, plan, Page.pdf()));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/sample-schedule.pdf"), pdf);
        Files.writeString(Path.of("target/sample-schedule.html"), template.schedule(profile, plan,
                new Page(ScheduleTemplate.Medium.BROWSER, "", "x.pdf", false)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Week 3 of 3");
        }
    }
}
