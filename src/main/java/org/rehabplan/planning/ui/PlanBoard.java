package org.rehabplan.planning.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.rehabplan.planning.PlanResult;
import org.rehabplan.planning.PlanResult.ScheduledExercise;
import org.rehabplan.planning.PlanResult.SessionPlan;
import org.rehabplan.planning.PlanResult.WeekPlan;

/** The plan week by week: a tab per week with its phase, restrictions in force and a column per session. */
class PlanBoard extends Composite<VerticalLayout> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    /** What the board asks of the view when the therapist acts on an exercise. */
    interface Actions {
        void toggleLock(int week, int session, ScheduledExercise exercise);

        void swap(int week, int session, ScheduledExercise exercise);
    }

    private final TabSheet weeks = new TabSheet();
    private final Actions actions;
    private int selectedWeek;

    PlanBoard(Actions actions) {
        this.actions = actions;
        getContent().setPadding(false);
        weeks.setWidthFull();
        weeks.addSelectedChangeListener(e -> selectedWeek = weeks.getSelectedIndex());
        getContent().add(weeks);
    }

    /** Shows a plan; {@code editable} is false while the solver is still working on it. */
    void show(PlanResult plan, boolean editable) {
        int keep = selectedWeek;
        TabSheet fresh = weeks;
        while (fresh.getTabCount() > 0) {
            fresh.remove(0);
        }
        for (WeekPlan week : plan.weeks()) {
            fresh.add("Week " + week.week(), weekContent(week, editable));
        }
        if (keep < fresh.getTabCount()) {
            fresh.setSelectedIndex(keep);
        }
    }

    private VerticalLayout weekContent(WeekPlan week, boolean editable) {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        Paragraph summary = new Paragraph("Starts " + week.start().format(DATE) + " · " + week.weeksAfterProcedure()
                + " weeks after the procedure · " + week.phase() + " phase");
        summary.addClassName("rp-week-summary");
        Div restrictions = new Div();
        restrictions.addClassName("rp-restrictions");
        if (week.restrictions().isEmpty()) {
            restrictions.add(new Span("No restrictions in force this week."));
        }
        week.restrictions().forEach(r -> {
            Span chip = new Span(r);
            chip.addClassName("rp-chip");
            restrictions.add(chip);
        });
        Div sessions = new Div();
        sessions.addClassName("rp-sessions");
        for (SessionPlan session : week.sessions()) {
            sessions.add(sessionColumn(week.week(), session, editable));
        }
        content.add(summary, restrictions, sessions);
        return content;
    }

    private Div sessionColumn(int week, SessionPlan session, boolean editable) {
        Div column = new Div();
        column.addClassName("rp-session");
        H4 title = new H4(session.day().getDisplayName(TextStyle.FULL, Locale.UK) + " " + session.date().format(DATE));
        Span minutes = new Span(session.totalMinutes() + " min");
        minutes.addClassName("rp-session-minutes");
        column.add(title, minutes);
        if (session.exercises().isEmpty()) {
            Paragraph none = new Paragraph("No safe exercise fits this session.");
            none.addClassName("rp-unsafe");
            column.add(none);
        }
        for (ScheduledExercise exercise : session.exercises()) {
            column.add(new ExerciseCard(exercise, () -> actions.toggleLock(week, session.number(), exercise),
                    () -> actions.swap(week, session.number(), exercise), editable));
        }
        return column;
    }
}
