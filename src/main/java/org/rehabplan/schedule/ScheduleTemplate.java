package org.rehabplan.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.planning.PlanResult;
import org.rehabplan.planning.PlanResult.ScheduledExercise;
import org.rehabplan.planning.PlanResult.SessionPlan;
import org.rehabplan.planning.PlanResult.WeekPlan;

/**
 * The one template of the patient's schedule: the browser print page, the therapist's preview and the PDF are all this
 * XHTML, styled by {@code frontend/styles/schedule.css} (linked in the browser, inlined for the PDF), so they cannot
 * drift apart. One page per week: the rules in force that week, a tick chart per session and how to do each exercise.
 */
public final class ScheduleTemplate {

    static final String STYLESHEET = "META-INF/resources/styles/schedule.css";

    /** Where the page goes: a browser tab (with a print button), the therapist's in-app preview, or the PDF. */
    public enum Medium { BROWSER, EMBEDDED, PDF }

    /** How to render: {@code basePath} is the servlet context path for links; {@code pdfHref} the PDF of the same page. */
    public record Page(Medium medium, String basePath, String pdfHref, boolean autoPrint) {

        public static Page pdf() {
            return new Page(Medium.PDF, "", null, false);
        }
    }

    private final Catalog catalog;
    private final PatientTexts texts;
    private final WeekRules rules;
    private final String css;

    ScheduleTemplate(Catalog catalog, PatientTexts texts) {
        this.catalog = catalog;
        this.texts = texts;
        this.rules = new WeekRules(texts);
        this.css = readStylesheet();
    }

    PatientTexts texts() {
        return texts;
    }

    /** The schedule of a feasible plan; an infeasible one must never reach a patient (callers check first). */
    String schedule(PatientProfile profile, PlanResult plan, Page page) {
        if (!plan.feasible()) {
            throw new IllegalArgumentException("An infeasible plan has no schedule to print");
        }
        Xhtml html = new Xhtml();
        boolean embedded = page.medium() == Medium.EMBEDDED;
        if (embedded) {
            // one element for a Vaadin Html component; the view loads schedule.css itself
            html.open("div", "rp-schedule rp-s-embedded");
        } else {
            head(html, texts.title() + " · " + profile.label(), page);
            toolbar(html, page);
        }
        boolean landmark = !embedded; // one main landmark for screen readers; the same markup goes into the PDF
        if (landmark) {
            html.open("main", null);
        }
        cover(html, profile, plan);
        Map<String, Integer> explainedInWeek = new HashMap<>();
        for (WeekPlan week : plan.weeks()) {
            week(html, profile, plan.weeks().size(), week, explainedInWeek);
        }
        html.element("p", "rp-s-footer", texts.footer());
        if (landmark) {
            html.close("main");
        }
        return (embedded ? html.close("div") : html.close("body").close("html")).toString();
    }

    /** A plain page with one message (an expired link, no safe plan), in the same large type. */
    String message(String heading, List<String> paragraphs, Page page) {
        Xhtml html = new Xhtml();
        head(html, heading, page);
        html.open("div", "rp-s-message").element("h1", null, heading);
        paragraphs.forEach(p -> html.element("p", null, p));
        return html.close("div").close("body").close("html").toString();
    }

    private void head(Xhtml html, String title, Page page) {
        html.raw("<!DOCTYPE html>\n")
                .open("html", null, "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en-GB")
                .open("head", null)
                .empty("meta", null, "charset", "UTF-8")
                .empty("meta", null, "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", null, title);
        if (page.medium() == Medium.PDF) {
            html.open("style", null).raw(css).close("style");
        } else {
            html.empty("link", null, "rel", "stylesheet", "href", page.basePath() + "/styles/schedule-browser.css")
                    .empty("link", null, "rel", "stylesheet", "href", page.basePath() + "/styles/schedule.css");
        }
        html.close("head");
        String bodyClass = "rp-schedule rp-s-" + page.medium().name().toLowerCase();
        if (page.autoPrint() && page.medium() == Medium.BROWSER) {
            // the only script: opens the browser's print dialog so "Print" in the app is one click away from paper
            html.open("body", bodyClass, "onload", "window.print()");
        } else {
            html.open("body", bodyClass);
        }
    }

    private void toolbar(Xhtml html, Page page) {
        if (page.medium() != Medium.BROWSER) {
            return;
        }
        html.open("div", "rp-s-toolbar")
                .open("button", "rp-s-button", "type", "button", "onclick", "window.print()")
                .text("Print this schedule").close("button");
        if (page.pdfHref() != null) {
            html.open("a", "rp-s-button rp-s-secondary", "href", page.pdfHref(), "download", "")
                    .text("Download as PDF").close("a");
        }
        html.close("div");
    }

    private void cover(Xhtml html, PatientProfile profile, PlanResult plan) {
        List<WeekPlan> weeks = plan.weeks();
        LocalDate first = weeks.isEmpty() ? plan.planStart() : weeks.get(0).start();
        LocalDate last = weeks.isEmpty() ? plan.planStart() : weeks.get(weeks.size() - 1).start().plusDays(6);
        html.open("div", "rp-s-cover")
                .element("h1", null, texts.title())
                .open("p", "rp-s-for").text("For ").element("strong", null, profile.label()).close("p")
                .element("p", "rp-s-span", "From " + ScheduleDates.weekdayLong(first) + " to "
                        + ScheduleDates.weekdayLong(last) + ".")
                .element("p", "rp-s-span", weeks.size() + (weeks.size() == 1 ? " week, " : " weeks, ")
                        + profile.sessionsPerWeek() + (profile.sessionsPerWeek() == 1 ? " day" : " days")
                        + " a week, about " + profile.minutesPerSession() + " minutes each time.");
        list(html, "ul", "rp-s-intro", texts.intro());
        stopAndCall(html);
        html.open("div", "rp-s-box rp-s-safe").element("h2", null, texts.moveSafelyHeading());
        list(html, "ul", null, texts.moveSafely());
        html.close("div").close("div");
    }

    private void stopAndCall(Xhtml html) {
        List<String> lines = texts.stopAndCall();
        html.open("div", "rp-s-box rp-s-stop").element("h2", null, texts.stopHeading());
        if (!lines.isEmpty()) {
            html.element("p", null, lines.get(0));
            list(html, "ul", null, lines.subList(1, lines.size()));
        }
        html.element("p", "rp-s-emergency", texts.emergency()).close("div");
    }

    /**
     * A week: its dates, its rules, the tick chart, and how to do each exercise that is new this week (those already
     * explained point back to their week, so a 12-week plan stays a short booklet rather than repeating itself).
     */
    private void week(Xhtml html, PatientProfile profile, int weekCount, WeekPlan week,
                      Map<String, Integer> explainedInWeek) {
        LocalDate start = week.start();
        html.open("div", "rp-s-week")
                .element("h2", "rp-s-week-title", "Week " + week.week() + " of " + weekCount)
                .element("p", "rp-s-week-dates", ScheduleDates.weekdayLong(start) + " to "
                        + ScheduleDates.weekdayLong(start.plusDays(6)));

        List<String> sentences = rules.sentences(profile, week.weeksAfterProcedure());
        html.open("div", "rp-s-box rp-s-rules").element("h3", null, texts.rulesHeading());
        if (sentences.isEmpty()) {
            html.element("p", null, texts.noRules());
        } else {
            list(html, "ul", null, sentences);
        }
        html.close("div");

        Map<String, ScheduledExercise> exercises = exercisesInOrder(week);
        List<SessionPlan> sessions = week.sessions().stream()
                .sorted(Comparator.comparing(SessionPlan::date)).toList();
        tickChart(html, sessions, exercises, explainedInWeek);
        List<ScheduledExercise> fresh = exercises.values().stream()
                .filter(e -> !explainedInWeek.containsKey(e.exerciseId())).toList();
        if (!fresh.isEmpty()) {
            html.element("h3", "rp-s-howto-title", explainedInWeek.isEmpty() ? texts.howToHeading()
                    : texts.howToNewHeading());
            fresh.forEach(e -> {
                exercise(html, e);
                explainedInWeek.put(e.exerciseId(), week.week());
            });
        }
        html.element("p", "rp-s-reminder", texts.weekReminder()).close("div");
    }

    /** Each exercise once, in the order the week first uses it (the dose is the same all week). */
    private static Map<String, ScheduledExercise> exercisesInOrder(WeekPlan week) {
        Map<String, ScheduledExercise> exercises = new LinkedHashMap<>();
        for (SessionPlan session : week.sessions()) {
            session.exercises().forEach(e -> exercises.putIfAbsent(e.exerciseId(), e));
        }
        return exercises;
    }

    private void tickChart(Xhtml html, List<SessionPlan> sessions, Map<String, ScheduledExercise> exercises,
                           Map<String, Integer> explainedInWeek) {
        html.element("h3", "rp-s-ticks-title", texts.tickHeading());
        html.open("table", "rp-s-ticks").open("thead").open("tr")
                .element("th", "rp-s-col-name", "Exercise")
                .element("th", "rp-s-col-dose", "How much");
        for (SessionPlan session : sessions) {
            html.open("th", "rp-s-col-day").text(ScheduleDates.shortDay(session.date())).empty("br", null)
                    .text(ScheduleDates.shortDate(session.date())).close("th");
        }
        html.close("tr").close("thead").open("tbody");
        for (ScheduledExercise exercise : exercises.values()) {
            html.open("tr").open("td", "rp-s-col-name").text(exercise.name());
            Integer explained = explainedInWeek.get(exercise.exerciseId());
            if (explained != null) {
                html.element("span", "rp-s-see", texts.seeWeek().replace("{week}", explained.toString()));
            }
            html.close("td").element("td", "rp-s-col-dose", Doses.plain(exercise));
            for (SessionPlan session : sessions) {
                boolean scheduled = session.exercises().stream()
                        .anyMatch(e -> e.exerciseId().equals(exercise.exerciseId()));
                if (scheduled) {
                    // open + close, not <span/>: the same markup is parsed as HTML by browsers and the app preview
                    html.open("td", "rp-s-col-day").open("span", "rp-s-tick", "role", "img", "aria-label",
                            "done on " + ScheduleDates.weekdayLong(session.date())).close("span").close("td");
                } else {
                    html.element("td", "rp-s-col-day rp-s-off", "–");
                }
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private void exercise(Xhtml html, ScheduledExercise scheduled) {
        Optional<Exercise> exercise = catalog.find(scheduled.exerciseId());
        html.open("div", "rp-s-exercise")
                .element("h4", null, scheduled.name())
                .element("p", "rp-s-dose", Doses.plain(scheduled));
        exercise.ifPresent(e -> {
            list(html, "ol", "rp-s-steps", e.instructions());
            e.cues().forEach(cue -> html.open("p", "rp-s-cue").element("strong", null, texts.tipLabel())
                    .text(" " + cue).close("p"));
            e.precautions().forEach(care -> html.open("p", "rp-s-care").element("strong", null, texts.careLabel())
                    .text(" " + care).close("p"));
        });
        html.close("div");
    }

    private static void list(Xhtml html, String tag, String cssClass, List<String> items) {
        html.open(tag, cssClass);
        items.forEach(item -> html.element("li", null, item));
        html.close(tag);
    }

    private static String readStylesheet() {
        try (InputStream in = ScheduleTemplate.class.getClassLoader().getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + STYLESHEET + " (frontend/styles/schedule.css)");
            }
            // the style sheet is ours, but keep the XML well-formed whatever it contains
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("&", "&amp;").replace("<", "&lt;");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
