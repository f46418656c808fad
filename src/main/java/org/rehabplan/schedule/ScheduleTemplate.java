package org.rehabplan.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.picture.ExercisePictures;
import org.rehabplan.protocol.ProtocolTexts;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.SessionPlan;
import org.rehabplan.plan.PlanResult.WeekPlan;
import org.springframework.context.MessageSource;

/**
 * The one template of the patient's handout: the browser print page, the therapist's preview and the PDF are all this
 * XHTML, styled by {@code frontend/styles/schedule.css} (linked in the browser, inlined for the PDF), so they cannot
 * drift apart. A cover (who, whom to call, a QR code to the phone page, when to stop), the education pages, then each
 * week as one block that never splits (rules and tick chart) followed by the exercises it introduces, each explained
 * once with its picture. Weeks flow on from the previous page instead of forcing a page break, so a 12-week plan stays
 * a short booklet with no near-empty pages. Every word is in the patient's language ({@code profile.language}): the
 * bundle {@code i18n/patient} for what we say, the catalog's translations for the exercises.
 */
public final class ScheduleTemplate {

    static final String STYLESHEET = "META-INF/resources/styles/schedule.css";

    /** Where the page goes: a browser tab (with a print button), the therapist's in-app preview, or the PDF. */
    public enum Medium { BROWSER, EMBEDDED, PDF }

    /**
     * How to render: {@code basePath} is the servlet context path for links; {@code pdfHref} the PDF of the same page;
     * {@code phoneUrl} the patient's phone page for the QR code on the cover (null: no code).
     */
    public record Page(Medium medium, String basePath, String pdfHref, boolean autoPrint, String phoneUrl) {

        public Page(Medium medium, String basePath, String pdfHref, boolean autoPrint) {
            this(medium, basePath, pdfHref, autoPrint, null);
        }

        public static Page pdf() {
            return new Page(Medium.PDF, "", null, false, null);
        }

        Page withPhoneUrl(String url) {
            return new Page(medium, basePath, pdfHref, autoPrint, url);
        }
    }

    private final MessageSource messages;
    private final Map<String, PatientWords> words = new ConcurrentHashMap<>();
    private final ExerciseHowTo howTo;
    private final String css;

    /** A protocol's own patient wording by protocol id and language (what it adds for its condition), or null. */
    private final java.util.function.BiFunction<String, String, ProtocolTexts> protocolTexts;

    ScheduleTemplate(Catalog catalog, MessageSource messages, ExercisePictures pictures) {
        this(catalog, messages, pictures, (id, language) -> null);
    }

    ScheduleTemplate(Catalog catalog, MessageSource messages, ExercisePictures pictures,
                     java.util.function.BiFunction<String, String, ProtocolTexts> protocolTexts) {
        this.protocolTexts = protocolTexts;
        this.messages = messages;
        this.howTo = new ExerciseHowTo(catalog, pictures);
        this.css = readStylesheet();
    }

    /** The patient's words in a language ("en", "es"; anything else reads as English). */
    PatientWords words(String language) {
        return words.computeIfAbsent(language == null ? "" : language, l -> new PatientWords(messages, l));
    }

    ExerciseHowTo howTo() {
        return howTo;
    }

    String schedule(PatientProfile profile, PlanResult plan, Page page) {
        return schedule(profile, plan, page, Contacts.unknown(words(profile.language())));
    }

    /** The handout of a feasible plan; an infeasible one must never reach a patient (callers check first). */
    String schedule(PatientProfile profile, PlanResult plan, Page page, Contacts contacts) {
        if (!plan.feasible()) {
            throw new IllegalArgumentException("An infeasible plan has no schedule to print");
        }
        PatientWords texts = words(profile.language());
        WeekRules rules = new WeekRules(texts, contacts.clinic().showsPounds());
        Xhtml html = new Xhtml();
        boolean embedded = page.medium() == Medium.EMBEDDED;
        if (embedded) {
            // one element for a Vaadin Html component; the view loads schedule.css itself
            html.open("div", "rp-schedule rp-s-embedded", "lang", texts.languageTag());
        } else {
            head(html, texts.text("title") + " · " + profile.label(), page, texts);
            toolbar(html, page, texts);
        }
        // first in the document so the PDF repeats it at the foot of every page (CSS running element)
        html.element("div", "rp-s-running", footerLine(contacts, texts));
        boolean landmark = !embedded; // one main landmark for screen readers; the same markup goes into the PDF
        if (landmark) {
            html.open("main", null);
        }
        ProtocolTexts condition = plan.protocol() == null ? null
                : protocolTexts.apply(plan.protocol(), profile.language());
        cover(html, profile, plan, page, contacts, texts, condition);
        education(html, texts, condition);
        Set<String> explained = new HashSet<>();
        for (WeekPlan week : plan.weeks()) {
            week(html, profile, plan.weeks().size(), week, explained, texts, rules);
        }
        sources(html, texts);
        html.element("p", "rp-s-footer", texts.text("footer"));
        if (landmark) {
            html.close("main");
        }
        return (embedded ? html.close("div") : html.close("body").close("html")).toString();
    }

    /** A plain page with one message (an expired link, no safe plan), in the same large type. */
    String message(String heading, List<String> paragraphs, Page page, PatientWords texts) {
        Xhtml html = new Xhtml();
        head(html, heading, page, texts);
        html.open("div", "rp-s-message").element("h1", null, heading);
        paragraphs.forEach(p -> html.element("p", null, p));
        return html.close("div").close("body").close("html").toString();
    }

    String footerLine(Contacts contacts, PatientWords texts) {
        return texts.text(contacts.phone().isBlank() ? "footerContactNoPhone" : "footerContact",
                "clinic", contacts.clinic().name(), "phone", contacts.phone(), "therapist", contacts.therapist().name());
    }

    private void head(Xhtml html, String title, Page page, PatientWords texts) {
        html.raw("<!DOCTYPE html>\n")
                .open("html", null, "xmlns", "http://www.w3.org/1999/xhtml", "lang", texts.languageTag())
                .open("head", null)
                .empty("meta", null, "charset", "UTF-8")
                .empty("meta", null, "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", null, title);
        if (page.medium() == Medium.PDF) {
            html.open("style", null).raw(css).raw(languageRules(texts)).close("style");
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

    /**
     * The words the PDF's style sheet writes itself, in the patient's language: the page number at the foot of each
     * page ("Page 2 of 9") and the page an exercise is explained on ("p. 7").
     */
    static String languageRules(PatientWords texts) {
        String pageCounter = cssContent(texts.text("pageCounter", "page", "\u0001", "pages", "\u0002"));
        String pageRef = cssContent(texts.text("pageRef", "page", "\u0003"));
        return "\n@page { @bottom-right { content: " + pageCounter + "; font-family: \"DejaVu Sans\", sans-serif; "
                + "font-size: 10.5pt; vertical-align: top; padding-top: 3mm; color: #000; } }\n"
                + ".rp-s-pdf .rp-s-ref::after { content: " + pageRef + "; }\n";
    }

    /** A sentence as CSS generated content: its words as quoted strings, the markers as page counters. */
    private static String cssContent(String sentence) {
        StringBuilder content = new StringBuilder();
        StringBuilder words = new StringBuilder();
        for (char c : sentence.toCharArray()) {
            String counter = switch (c) {
                case '\u0001' -> "counter(page)";
                case '\u0002' -> "counter(pages)";
                case '\u0003' -> "target-counter(attr(href), page)";
                default -> null;
            };
            if (counter == null) {
                words.append(c);
                continue;
            }
            if (!words.isEmpty()) {
                content.append(cssString(words.toString())).append(' ');
                words.setLength(0);
            }
            content.append(counter).append(' ');
        }
        if (!words.isEmpty()) {
            content.append(cssString(words.toString()));
        }
        return content.toString().strip();
    }

    private static String cssString(String text) {
        // the style element is XML here: keep markup characters out as CSS escapes
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\3C ")
                .replace("&", "\\26 ") + "\"";
    }

    private void toolbar(Xhtml html, Page page, PatientWords texts) {
        if (page.medium() != Medium.BROWSER) {
            return;
        }
        html.open("div", "rp-s-toolbar")
                .open("button", "rp-s-button", "type", "button", "onclick", "window.print()")
                .text(texts.text("printButton")).close("button");
        if (page.pdfHref() != null) {
            html.open("a", "rp-s-button rp-s-secondary", "href", page.pdfHref(), "download", "")
                    .text(texts.text("downloadPdf")).close("a");
        }
        html.close("div");
    }

    private void cover(Xhtml html, PatientProfile profile, PlanResult plan, Page page, Contacts contacts,
                       PatientWords texts, ProtocolTexts condition) {
        List<WeekPlan> weeks = plan.weeks();
        LocalDate first = weeks.isEmpty() ? plan.planStart() : weeks.get(0).start();
        LocalDate last = weeks.isEmpty() ? plan.planStart() : weeks.get(weeks.size() - 1).start().plusDays(6);
        html.open("div", "rp-s-cover")
                .element("h1", null, texts.text("title"))
                .open("p", "rp-s-for").text(texts.text("forLabel") + " ").element("strong", null, profile.label())
                .close("p")
                .element("p", "rp-s-span", texts.text("planSpan", "first", texts.weekdayLong(first),
                        "last", texts.weekdayLong(last)))
                .element("p", "rp-s-span", texts.text("planRhythm", "weeks", weeks.size(),
                        "sessions", profile.sessionsPerWeek(), "minutes", profile.minutesPerSession()));
        contact(html, contacts, page, texts);
        if (plan.alerts().stream().anyMatch(a -> a.code().equals("REFER_BACK"))) {
            // a red flag stops progression: the patient calls before going on, told calmly why
            html.open("div", "rp-s-box rp-s-refer").element("h2", null, texts.text("referBackHeading"))
                    .element("p", null, texts.text("referBack")).close("div");
        }
        html.open("div", "rp-s-box rp-s-use").element("h2", null, texts.text("howToUseHeading"));
        list(html, "ul", null, texts.list("intro"));
        html.close("div");
        stopAndCall(html, texts, condition);
        html.close("div");
    }

    /** Whom to call, big, with the QR code to the phone page beside it when there is a link. */
    private void contact(Xhtml html, Contacts contacts, Page page, PatientWords texts) {
        html.open("table", "rp-s-contact").open("tbody").open("tr").open("td", "rp-s-contact-text")
                .element("h2", null, texts.text("contactHeading"))
                .element("p", "rp-s-therapist", texts.text("therapistLine", "name", contacts.therapist().name()));
        String direct = contacts.therapist().directPhone();
        if (direct != null && !direct.isBlank()) {
            html.element("p", "rp-s-phone", texts.text("directPhoneLine", "phone", direct));
        }
        html.element("p", "rp-s-clinic", contacts.clinic().name());
        String clinicPhone = contacts.clinic().phone();
        if (clinicPhone != null && !clinicPhone.isBlank()) {
            html.element("p", "rp-s-phone", texts.text("clinicPhoneLine", "phone", clinicPhone));
        } else if (direct == null || direct.isBlank()) {
            html.element("p", null, texts.text("noPhone"));
        }
        if (contacts.clinic().address() != null && !contacts.clinic().address().isBlank()) {
            html.element("p", null, contacts.clinic().address());
        }
        if (contacts.clinic().openingHours() != null && !contacts.clinic().openingHours().isBlank()) {
            html.element("p", null, texts.text("openingHoursLine", "hours", contacts.clinic().openingHours()));
        }
        html.close("td");
        if (page.phoneUrl() != null) {
            html.open("td", "rp-s-qr-cell").element("h2", null, texts.text("qrHeading"))
                    .raw(QrCode.svg(page.phoneUrl(), texts.text("qrHeading")))
                    .element("p", "rp-s-qr-text", texts.text("qrText")).close("td");
        }
        html.close("tr").close("tbody").close("table");
    }

    private void stopAndCall(Xhtml html, PatientWords texts, ProtocolTexts condition) {
        List<String> lines = new java.util.ArrayList<>(texts.list("stopAndCall"));
        if (condition != null && !lines.isEmpty()) {
            lines.addAll(condition.stopAndCall()); // warning signs of this condition only (e.g. the wound)
        }
        html.open("div", "rp-s-box rp-s-stop").element("h2", null, texts.text("stopHeading"));
        if (!lines.isEmpty()) {
            html.element("p", null, lines.get(0));
            list(html, "ul", null, lines.subList(1, lines.size()));
        }
        html.element("p", "rp-s-emergency", texts.text("emergency")).close("div");
    }

    /** Effort and soreness, falls, moving safely and the habits for life: read once, before the weeks. */
    private void education(Xhtml html, PatientWords texts, ProtocolTexts condition) {
        html.open("div", "rp-s-education");
        html.open("div", "rp-s-box rp-s-effort").element("h2", null, texts.text("effortHeading"))
                .element("p", null, texts.text("effortIntro"));
        effortScale(html, texts);
        html.element("p", null, texts.text("effortStrength")).element("p", null, texts.text("talkTest"))
                .close("div");
        html.open("div", "rp-s-box").element("h2", null, texts.text("sorenessHeading"));
        list(html, "ul", null, texts.list("soreness"));
        html.close("div");
        html.open("div", "rp-s-box rp-s-falls").element("h2", null, texts.text("fallsHeading"));
        list(html, "ul", null, texts.list("fallsFirst"));
        html.element("h3", null, texts.text("getUpHeading"));
        list(html, "ol", "rp-s-steps", texts.list("getUp"));
        list(html, "ul", null, texts.list("fallsCall"));
        html.close("div");
        html.open("div", "rp-s-box rp-s-safe").element("h2", null, texts.text("moveSafelyHeading"));
        List<String> moveSafely = new java.util.ArrayList<>(texts.list("moveSafely"));
        if (condition != null) {
            moveSafely.addAll(condition.moveSafely()); // e.g. a brace after a fracture
        }
        list(html, "ul", null, moveSafely);
        html.close("div");
        html.open("div", "rp-s-box rp-s-lifelong").element("h2", null, texts.text("lifelongHeading"));
        list(html, "ul", null, texts.list("lifelong"));
        html.close("div").close("div");
    }

    /** 0 to 10 in a row of boxes, the 5 to 8 band shaded as the aim for strength work. */
    private void effortScale(Xhtml html, PatientWords texts) {
        html.open("table", "rp-s-scale").open("tbody").open("tr");
        for (int i = 0; i <= 10; i++) {
            html.element("td", i >= 5 && i <= 8 ? "rp-s-scale-n rp-s-aim" : "rp-s-scale-n", String.valueOf(i));
        }
        html.close("tr").open("tr");
        for (int i = 0; i <= 10; i++) {
            html.element("td", "rp-s-scale-label", texts.optional("effortScale." + i));
        }
        // the aim under its whole band, on a row of its own: beside the scale's words it ran into "Moderate"
        html.close("tr").open("tr").open("td", "rp-s-scale-label", "colspan", "5").close("td")
                .open("td", "rp-s-scale-label rp-s-aim-label", "colspan", "4").text(texts.text("effortAim"))
                .close("td").open("td", "rp-s-scale-label", "colspan", "2").close("td");
        html.close("tr").close("tbody").close("table");
    }

    private void sources(Xhtml html, PatientWords texts) {
        html.open("div", "rp-s-sources").element("h3", null, texts.text("sourcesHeading"));
        list(html, "ul", null, texts.list("sources"));
        html.close("div");
    }

    /**
     * A week: its dates, its rules and the tick chart as one block that never splits, then how to do each exercise
     * that is new this week, with its picture. Later weeks link back to where an exercise is explained.
     */
    private void week(Xhtml html, PatientProfile profile, int weekCount, WeekPlan week, Set<String> explained,
                      PatientWords texts, WeekRules rules) {
        LocalDate start = week.start();
        html.open("div", "rp-s-week", "id", "week-" + week.week())
                .open("h2", "rp-s-week-title").text(texts.text("weekTitle", "week", week.week(), "count", weekCount))
                .element("span", "rp-s-week-dates", texts.weekRange(start)).close("h2");

        List<String> sentences = rules.sentences(profile, week.weeksAfterProcedure());
        // one rule shares its line with the heading, so a week of eight exercises still fits half a page
        html.open("div", sentences.size() <= 1 ? "rp-s-rules rp-s-one-line" : "rp-s-rules")
                .element("h3", null, texts.text("rulesHeading"));
        if (sentences.isEmpty()) {
            html.element("p", null, texts.text("noRules"));
        } else {
            list(html, "ul", null, sentences);
        }
        html.close("div");

        Map<String, ScheduledExercise> exercises = exercisesInOrder(week);
        List<SessionPlan> sessions = week.sessions().stream()
                .sorted(Comparator.comparing(SessionPlan::date)).toList();
        tickChart(html, sessions, exercises, texts);
        if (!week.homework().isEmpty()) {
            // daily walks and balance practice outside the sessions, with the sessions' week so they go together
            html.open("div", "rp-s-homework").element("h3", null, texts.text("homeworkHeading"));
            list(html, "ul", null, week.homework().stream().map(h -> homeworkLine(h, texts)).toList());
            html.close("div");
        }
        html.close("div");

        List<ScheduledExercise> fresh = exercises.values().stream()
                .filter(e -> !explained.contains(e.exerciseId())).toList();
        // two exercises side by side per row; a row never splits, the heading rides in the first row
        for (int i = 0; i < fresh.size(); i += 2) {
            html.open("div", "rp-s-exercise");
            if (i == 0) {
                html.element("h3", "rp-s-howto-title", texts.text(week.week() == 1 ? "howToHeading"
                        : "howToNewHeading"));
            }
            html.open("table", "rp-s-cards").open("tbody").open("tr");
            for (ScheduledExercise e : fresh.subList(i, Math.min(i + 2, fresh.size()))) {
                String name = howTo.name(e.exerciseId(), e.name(), texts);
                html.open("td", "rp-s-card", "id", anchor(e.exerciseId())).element("h4", null, name);
                howTo.picture(html, e.exerciseId(), name);
                howTo.steps(html, e.exerciseId(), texts);
                html.close("td");
                explained.add(e.exerciseId());
            }
            if (i + 1 >= fresh.size()) {
                html.element("td", "rp-s-card rp-s-card-empty", "");
            }
            html.close("tr").close("tbody").close("table").close("div");
        }
    }

    /** "Walking: 10 minutes a day, on 5 days this week." */
    String homeworkLine(PlanResult.Homework homework, PatientWords texts) {
        return texts.text("homeworkLine", "name", howTo.name(homework.exerciseId(), homework.name(), texts),
                "minutes", homework.minutes(), "days", homework.days());
    }

    static String anchor(String exerciseId) {
        return "how-" + exerciseId;
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
                           PatientWords texts) {
        html.open("table", "rp-s-ticks").open("thead").open("tr")
                .element("th", "rp-s-col-name", texts.text("columnExercise"))
                .element("th", "rp-s-col-dose", texts.text("columnDose"));
        for (SessionPlan session : sessions) {
            html.open("th", "rp-s-col-day").text(texts.shortDay(session.date())).empty("br", null)
                    .text(String.valueOf(session.date().getDayOfMonth())).close("th");
        }
        html.close("tr").close("thead").open("tbody");
        for (ScheduledExercise exercise : exercises.values()) {
            // the PDF shows "p. 7" after the link (CSS target-counter); a browser shows the words and follows the link
            html.open("tr").open("td", "rp-s-col-name")
                    .element("span", "rp-s-name", howTo.name(exercise.exerciseId(), exercise.name(), texts)).text(" ")
                    .open("a", "rp-s-ref", "href", "#" + anchor(exercise.exerciseId()))
                    .element("span", "rp-s-ref-text", texts.text("howToLink")).close("a")
                    .close("td").element("td", "rp-s-col-dose", Doses.plain(exercise, texts));
            for (SessionPlan session : sessions) {
                boolean scheduled = session.exercises().stream()
                        .anyMatch(e -> e.exerciseId().equals(exercise.exerciseId()));
                if (scheduled) {
                    // open + close, not <span/>: the same markup is parsed as HTML by browsers and the app preview
                    html.open("td", "rp-s-col-day").open("span", "rp-s-tick", "role", "img", "aria-label",
                            texts.text("tickDoneOn", "date", texts.weekdayLong(session.date()))).close("span")
                            .close("td");
                } else {
                    html.element("td", "rp-s-col-day rp-s-off", "–");
                }
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
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
