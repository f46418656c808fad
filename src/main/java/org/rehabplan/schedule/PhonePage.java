package org.rehabplan.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rehabplan.adherence.SessionReport;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.SessionPlan;
import org.rehabplan.plan.SavedPlan;

/**
 * The patient's phone page behind a share link: one session (today's, else the next) with pictures and big Done
 * buttons, the optional effort and pain after it, and the week ahead. Plain server-rendered forms, no script: it works
 * on any phone browser, and every press is a normal POST that comes back to this page.
 */
final class PhonePage {

    /** What the page shows; {@code csrf} is the form token field (null when the request has none). */
    record View(String basePath, String token, SavedPlan plan, Contacts contacts, LocalDate today,
                LocalDate chosen, java.util.function.Function<LocalDate, SessionReport> reports, boolean saved,
                String error, Csrf csrf) {
    }

    /** Spring Security's form token, if the request carries one. */
    record Csrf(String parameterName, String token) {
    }

    private final ScheduleTemplate template;

    PhonePage(ScheduleTemplate template) {
        this.template = template;
    }

    /** The page in the patient's language (their profile's), like the handout it belongs to. */
    String render(View view) {
        PatientWords texts = template.words(view.plan().profile().language());
        List<SessionPlan> sessions = view.plan().plan().weeks().stream().flatMap(w -> w.sessions().stream())
                .sorted(Comparator.comparing(SessionPlan::date)).toList();
        Xhtml html = new Xhtml();
        String base = view.basePath();
        html.raw("<!DOCTYPE html>\n").open("html", null, "lang", texts.languageTag()).open("head")
                .empty("meta", null, "charset", "UTF-8")
                .empty("meta", null, "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", null, texts.text("phoneTitle"))
                .empty("link", null, "rel", "stylesheet", "href", base + "/styles/schedule-browser.css")
                .empty("link", null, "rel", "stylesheet", "href", base + "/styles/phone.css")
                .close("head").open("body", "rp-phone");
        html.open("header", "rp-p-header").element("h1", null, texts.text("phoneTitle"))
                .element("p", "rp-p-for", view.plan().profile().label()).close("header");
        html.open("main", "rp-p-main"); // the page's one main landmark, for screen readers
        if (view.error() != null) {
            html.element("p", "rp-p-error", view.error());
        }
        Optional<SessionPlan> shown = chosen(sessions, view);
        if (shown.isEmpty()) {
            LocalDate last = sessions.isEmpty() ? view.today() : sessions.get(sessions.size() - 1).date();
            html.element("p", "rp-p-note", texts.text("phonePlanEnded", "date", texts.weekdayLong(last)));
        } else {
            session(html, view, shown.get(), texts);
            homework(html, view, shown.get(), texts);
        }
        weekAhead(html, view, sessions, shown.map(SessionPlan::date).orElse(null), texts);
        html.close("main");
        html.open("footer", "rp-p-footer");
        String phone = view.contacts().phone();
        if (!phone.isBlank()) {
            // the number is a tel: link inside the sentence, wherever the language puts it
            String marker = "\u0000";
            String[] around = texts.text("phoneCall", "phone", marker).split(marker, 2);
            html.open("p", "rp-p-call").text(around[0]).open("a", null, "href",
                    "tel:" + phone.replaceAll("[^0-9+]", "")).text(phone).close("a")
                    .text(around.length > 1 ? around[1] : "").close("p");
        }
        html.element("p", "rp-p-emergency", texts.text("emergency"))
                .open("p").open("a", "rp-p-link", "href", base + ShareController.pageUrl(view.token()) + ".pdf")
                .text(texts.text("phoneWholeBooklet")).close("a").close("p")
                .element("p", "rp-p-contact", template.footerLine(view.contacts(), texts));
        return html.close("footer").close("body").close("html").toString();
    }

    /** The daily walk and balance practice of the shown session's week, outside the sessions. */
    private void homework(Xhtml html, View view, SessionPlan shown, PatientWords texts) {
        view.plan().plan().weeks().stream().filter(w -> w.sessions().contains(shown)).findFirst()
                .filter(w -> !w.homework().isEmpty()).ifPresent(week -> {
                    html.open("section", "rp-p-homework").element("h2", null, texts.text("homeworkHeading"))
                            .open("ul", null);
                    week.homework().forEach(h -> html.element("li", null, template.homeworkLine(h, texts)));
                    html.close("ul").close("section");
                });
    }

    /** The session asked for (a date in the plan), else today's, else the next one; empty after the last. */
    private static Optional<SessionPlan> chosen(List<SessionPlan> sessions, View view) {
        if (view.chosen() != null) {
            Optional<SessionPlan> asked = sessions.stream().filter(s -> s.date().equals(view.chosen())).findFirst();
            if (asked.isPresent()) {
                return asked;
            }
        }
        return sessions.stream().filter(s -> !s.date().isBefore(view.today())).findFirst();
    }

    private void session(Xhtml html, View view, SessionPlan session, PatientWords texts) {
        SessionReport report = view.reports().apply(session.date());
        boolean today = session.date().equals(view.today());
        html.open("section", "rp-p-session", "id", "session");
        if (!today && view.chosen() == null) {
            html.element("p", "rp-p-note", texts.text("phoneNoneToday"));
        }
        html.element("h2", null, texts.text(today ? "phoneToday" : "phoneNext", "date",
                texts.weekdayLong(session.date())));
        if (view.saved()) {
            html.element("p", "rp-p-saved", texts.text("phoneSaved"));
        }
        for (ScheduledExercise exercise : session.exercises()) {
            String name = template.howTo().name(exercise.exerciseId(), exercise.name(), texts);
            html.open("article", "rp-p-exercise").element("h3", null, name)
                    .element("p", "rp-p-dose", Doses.plain(exercise, texts));
            template.howTo().picture(html, exercise.exerciseId(), name);
            html.open("details").element("summary", null, texts.text("howToLink"));
            template.howTo().steps(html, exercise.exerciseId(), texts);
            html.close("details");
            if (report.exercisesDone().contains(exercise.exerciseId())) {
                html.element("p", "rp-p-done", texts.text("phoneDoneAlready"));
            } else {
                form(html, view, session.date());
                html.empty("input", null, "type", "hidden", "name", "exercise", "value", exercise.exerciseId())
                        .open("button", "rp-p-button", "type", "submit", "aria-label",
                                texts.text("phoneDoneFor", "name", name))
                        .text(texts.text("phoneDone")).close("button").close("form");
            }
            html.close("article");
        }
        html.open("div", "rp-p-finish");
        if (report.sessionDone()) {
            html.element("p", "rp-p-done rp-p-session-done", texts.text("phoneSessionDoneAlready")
                    + (report.effort() == null ? "" : " · " + texts.text("phoneEffortShort", "n", report.effort()))
                    + (report.pain() == null ? "" : " · " + texts.text("phonePainShort", "n", report.pain())));
        }
        form(html, view, session.date());
        score(html, "effort", texts.text("phoneEffortQuestion"), report.effort(), texts);
        score(html, "pain", texts.text("phonePainQuestion"), report.pain(), texts);
        html.open("button", "rp-p-button rp-p-session-button", "type", "submit")
                .text(texts.text("phoneSessionDone"))
                .close("button").close("form").close("div").close("section");
    }

    private void form(Xhtml html, View view, LocalDate date) {
        html.open("form", "rp-p-form", "method", "post", "action",
                        view.basePath() + ShareController.pageUrl(view.token()) + "/done")
                .empty("input", null, "type", "hidden", "name", "date", "value", date.toString());
        if (view.csrf() != null) {
            html.empty("input", null, "type", "hidden", "name", view.csrf().parameterName(), "value",
                    view.csrf().token());
        }
    }

    private void score(Xhtml html, String name, String question, Integer current, PatientWords texts) {
        html.open("label", "rp-p-score").element("span", null, question).open("select", null, "name", name);
        html.open("option", null, "value", "").text(texts.text("phoneNotAnswered")).close("option");
        for (int i = 0; i <= 10; i++) {
            if (current != null && current == i) {
                html.open("option", null, "value", String.valueOf(i), "selected", "selected");
            } else {
                html.open("option", null, "value", String.valueOf(i));
            }
            html.text(String.valueOf(i)).close("option");
        }
        html.close("select").close("label");
    }

    /** The next seven days' sessions, each a link to open it, ticked when done. */
    private void weekAhead(Xhtml html, View view, List<SessionPlan> sessions, LocalDate shown, PatientWords texts) {
        LocalDate from = view.today();
        List<SessionPlan> ahead = sessions.stream()
                .filter(s -> !s.date().isBefore(from) && s.date().isBefore(from.plusDays(7))).toList();
        if (ahead.isEmpty()) {
            return;
        }
        html.open("section", "rp-p-ahead").element("h2", null, texts.text("phoneWeekAhead")).open("ul");
        for (SessionPlan s : ahead) {
            String line = texts.text("phoneSessionOn", "day", texts.shortDay(s.date()) + " " + texts.dayMonth(s.date()),
                    "count", s.exercises().size(), "minutes", s.totalMinutes());
            boolean done = view.reports().apply(s.date()).sessionDone();
            html.open("li", s.date().equals(shown) ? "rp-p-current" : null)
                    .open("a", null, "href", view.basePath() + ShareController.pageUrl(view.token()) + "?date="
                            + s.date() + "#session").text(line).close("a");
            if (done) {
                html.element("span", "rp-p-tick", " ✓");
            }
            html.close("li");
        }
        html.close("ul").close("section");
    }
}
