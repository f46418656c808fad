package org.rehabplan.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.schedule.ScheduleTemplate.Page;

/**
 * PDF rendering benchmark, not a unit test: {@code ./mvnw -B -ntp -Pbenchmark verify -Dtest=ScheduleBenchmark}.
 * Renders a 12-week × 5-session plan (6 exercises a session, full instructions) from template to PDF bytes,
 * {@code rehabplan.benchmark.runs} times (default 30) after 10 warm-up runs, and prints median and p95.
 */
@Tag("benchmark")
class ScheduleBenchmark {

    @Test
    void twelveWeeksFiveSessionsToPdf() {
        PatientProfile profile = SyntheticPlans.profile("Benchmark patient", 12, 5);
        int runs = Integer.getInteger("rehabplan.benchmark.runs", 30);
        ScheduleTemplate template = SyntheticPlans.template();
        SchedulePdf pdf = new SchedulePdf();
        measure("like a solved plan (6 a session from a weekly pool of 8)", profile,
                SyntheticPlans.plan(profile, 6, 8), template, pdf, runs);
        measure("worst case (all 360 slots different exercises)", profile, SyntheticPlans.plan(profile, 6),
                template, pdf, runs);
    }

    private static void measure(String label, PatientProfile profile, PlanResult plan, ScheduleTemplate template,
                                SchedulePdf pdf, int runs) {
        byte[] bytes = null;
        for (int i = 0; i < 10; i++) {
            bytes = pdf.render(template.schedule(profile, plan, Page.pdf()));
        }
        long[] total = new long[runs];
        long[] html = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            String xhtml = template.schedule(profile, plan, Page.pdf());
            long rendered = System.nanoTime();
            pdf.render(xhtml);
            html[i] = (rendered - start) / 1_000_000;
            total[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(total);
        Arrays.sort(html);
        int pages;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            pages = doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("%n=== RehabPlan schedule PDF benchmark: 12 weeks x 5 sessions x 6 exercises, %s, %d runs ===%n",
                label, runs);
        System.out.printf("PDF             : %d pages, %,d bytes%n", pages, bytes.length);
        System.out.printf("median          : %d ms (of which XHTML template %d ms)%n", total[runs / 2], html[runs / 2]);
        System.out.printf("p95             : %d ms%n", total[(int) Math.ceil(runs * 0.95) - 1]);
        System.out.printf("min / max       : %d / %d ms%n", total[0], total[runs - 1]);
    }
}
