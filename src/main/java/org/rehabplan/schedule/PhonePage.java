package org.rehabplan.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rehabplan.adherence.SessionReport;
import org.rehabplan.plan.SavedPlan;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.SessionPlan;

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
    private final PatientTexts texts;

    PhonePage(ScheduleTemplate template) {
        this.template = template;
        this.texts = template.texts();
    }

    String render(View view) {
        List<SessionPlan> sessions = view.plan().plan().weeks().stream().flatMap(w -> w.sessions().stream())
                .sorted(Comparator.comparing(SessionPlan::date)).toList();
        Xhtml html = new Xhtml();
        String base = view.basePath();
        html.raw("<!DOCTYPE html>\n").open("html", null, "lang", "en-GB").open("head")
                .empty("meta", null, "charset", "UTF-8")
                .empty("meta", null, "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", null, texts.phoneTitle())
                .empty("link", null, "rel", "stylesheet", "href", base + "/styles/schedule-browser.css")
                .empty("link", null, "rel", "stylesheet", "href", base + "/styles/phone.css")
                .close("head").open("body", "rp-phone");
        html.open("header", "rp-p-header").element("h1", null, texts.phoneTitle())
                .element("p", "rp-p-for", view.plan().profile().label()).close("header");
        html.open("main", "rp-p-main"); // the page's one main landmark, for screen readers
        if (view.error() != null) {
            html.element("p", "rp-p-error", view.error());
        }
        Optional<SessionPlan> shown = chosen(sessions, view);
        if (shown.isEmpty()) {
            LocalDate last = sessions.isEmpty() ? view.today() : sessions.get(sessions.size() - 1).date();
            html.element("p", "rp-p-note", texts.phonePlanEnded().replace("{date}", ScheduleDates.weekdayLong(last)));
        } else {
            session(html, view, shown.get());
            homework(html, view, shown.get());
        }
        weekAhead(html, view, sessions, shown.map(SessionPlan::date).orElse(null));
        html.close("main");
        html.open("footer", "rp-p-footer");
        String phone = view.contacts().phone();
        if (!phone.isBlank()) {
            html.open("p", "rp-p-call").text(texts.phoneCall().replace("{phone}", "")).open("a", null, "href",
                    "tel:" + phone.replaceAll("[^0-9+]", "")).text(phone).close("a").close("p");
        }
        html.element("p", "rp-p-emergency", texts.emergency())
                .open("p").open("a", "rp-p-link", "href", base + ShareController.pageUrl(view.token()) + ".pdf")
                .text(texts.phoneWholeBooklet()).close("a").close("p")
                .element("p", "rp-p-contact", template.footerLine(view.contacts()));
        return html.close("footer").close("body").close("html").toString();
    }

    /** The daily walk and balance practice of the shown session's week, outside the sessions. */
    private void homework(Xhtml html, View view, SessionPlan shown) {
        view.plan().plan().weeks().stream().filter(w -> w.sessions().contains(shown)).findFirst()
                .filter(w -> !w.homework().isEmpty()).ifPresent(week -> {
                    html.open("section", "rp-p-homework").element("h2", null, texts.homeworkHeading()).open("ul", null);
                    week.homework().forEach(h -> html.element("li", null, texts.homeworkLine()
                            .replace("{name}", h.name()).replace("{minutes}", String.valueOf(h.minutes()))
                            .replace("{days}", String.valueOf(h.days()))));
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

    private void session(Xhtml html, View view, SessionPlan session) {
        SessionReport report = view.reports().apply(session.date());
        boolean today = session.date().equals(view.today());
        html.open("section", "rp-p-session", "id", "session");
        if (!today && view.chosen() == null) {
            html.element("p", "rp-p-note", texts.phoneNoneToday());
        }
        html.element("h2", null, today ? texts.phoneToday().replace("{date}", ScheduleDates.weekdayLong(session.date()))
                : texts.phoneNext().replace("{date}", ScheduleDates.weekdayLong(session.date())));
        if (view.saved()) {
            html.element("p", "rp-p-saved", texts.phoneSaved());
        }
        for (ScheduledExercise exercise : session.exercises()) {
            html.open("article", "rp-p-exercise").element("h3", null, exercise.name())
                    .element("p", "rp-p-dose", Doses.plain(exercise));
            template.howTo().picture(html, exercise.exerciseId(), exercise.name());
            html.open("details").element("summary", null, texts.howToLink());
            template.howTo().steps(html, exercise.exerciseId());
            html.close("details");
            if (report.exercisesDone().contains(exercise.exerciseId())) {
                html.element("p", "rp-p-done", texts.phoneDoneAlready());
            } else {
                form(html, view, session.date());
                html.empty("input", null, "type", "hidden", "name", "exercise", "value", exercise.exerciseId())
                        .open("button", "rp-p-button", "type", "submit", "aria-label",
                                texts.phoneDoneFor().replace("{name}", exercise.name()))
                        .text(texts.phoneDone()).close("button").close("form");
            }
            html.close("article");
        }
        html.open("div", "rp-p-finish");
        if (report.sessionDone()) {
            html.element("p", "rp-p-done rp-p-session-done", texts.phoneSessionDoneAlready()
                    + (report.effort() == null ? "" : " · " + texts.phoneEffortShort().replace("{n}",
                    report.effort().toString()))
                    + (report.pain() == null ? "" : " · " + texts.phonePainShort().replace("{n}",
                    report.pain().toString())));
        }
        form(html, view, session.date());
        score(html, "effort", texts.phoneEffortQuestion(), report.effort());
        score(html, "pain", texts.phonePainQuestion(), report.pain());
        html.open("button", "rp-p-button rp-p-session-button", "type", "submit").text(texts.phoneSessionDone())
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

    private void score(Xhtml html, String name, String question, Integer current) {
        html.open("label", "rp-p-score").element("span", null, question).open("select", null, "name", name);
        html.open("option", null, "value", "").text(texts.phoneNotAnswered()).close("option");
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
    private void weekAhead(Xhtml html, View view, List<SessionPlan> sessions, LocalDate shown) {
        LocalDate from = view.today();
        List<SessionPlan> ahead = sessions.stream()
                .filter(s -> !s.date().isBefore(from) && s.date().isBefore(from.plusDays(7))).toList();
        if (ahead.isEmpty()) {
            return;
        }
        html.open("section", "rp-p-ahead").element("h2", null, texts.phoneWeekAhead()).open("ul");
        for (SessionPlan s : ahead) {
            String line = texts.phoneSessionOn().replace("{day}", ScheduleDates.shortDay(s.date()) + " "
                            + ScheduleDates.dayMonth(s.date()))
                    .replace("{count}", String.valueOf(s.exercises().size()))
                    .replace("{minutes}", String.valueOf(s.totalMinutes()));
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
