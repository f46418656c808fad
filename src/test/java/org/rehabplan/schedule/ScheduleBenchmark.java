package org.rehabplan.schedule;

import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.planning.PlanResult;
import org.rehabplan.schedule.ScheduleTemplate.Page;

/**
 * PDF rendering benchmark, not a unit test: {@code ./mvnw -B -ntp -Pbenchmark verify -Dtest=ScheduleBenchmark}.
 * Renders a 12-week × 5-session plan (6 exercises a session, full instructions) from template to PDF bytes,
 * {@code rehabplan.benchmark.runs} times (default 30) after 5 warm-up runs, and prints median and p95.
 */
@Tag("benchmark")
class ScheduleBenchmark {

    @Test
    void twelveWeeksFiveSessionsToPdf() {
        PatientProfile profile = SyntheticPlans.profile("Benchmark patient", 12, 5);
        PlanResult plan = SyntheticPlans.plan(profile, 6);
        ScheduleTemplate template = SyntheticPlans.template();
        SchedulePdf pdf = new SchedulePdf();
        int runs = Integer.getInteger("rehabplan.benchmark.runs", 30);
        int size = 0;
        for (int i = 0; i < 5; i++) {
            size = pdf.render(template.schedule(profile, plan, Page.pdf())).length;
        }
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            pdf.render(template.schedule(profile, plan, Page.pdf()));
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%n=== RehabPlan schedule PDF benchmark: 12 weeks x 5 sessions x 6 exercises, %d runs ===%n",
                runs);
        System.out.printf("PDF size        : %,d bytes%n", size);
        System.out.printf("median          : %d ms%n", millis[runs / 2]);
        System.out.printf("p95             : %d ms%n", millis[(int) Math.ceil(runs * 0.95) - 1]);
        System.out.printf("min / max       : %d / %d ms%n", millis[0], millis[runs - 1]);
    }
}
