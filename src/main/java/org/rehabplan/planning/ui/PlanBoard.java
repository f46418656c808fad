package org.rehabplan.planning.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.rehabplan.base.ui.DisplayFormats;
import org.rehabplan.planning.PlanResult;
import org.rehabplan.planning.PlanResult.ScheduledExercise;
import org.rehabplan.planning.PlanResult.SessionPlan;
import org.rehabplan.planning.PlanResult.WeekPlan;

/**
 * The plan week by week: a tab per plan week (with how long after the procedure it is), its phase, restrictions in
 * force and a column per session. One numbering on screen: plan weeks.
 */
class PlanBoard extends Composite<VerticalLayout> {

    /** What the board asks of the view when the therapist acts on an exercise or a session. */
    interface Actions {
        void toggleLock(int week, int session, ScheduledExercise exercise);

        void swap(int week, int session, ScheduledExercise exercise);

        void move(int week, int session, ScheduledExercise exercise);

        void remove(int week, int session, ScheduledExercise exercise);

        void add(int week, int session);
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
        while (weeks.getTabCount() > 0) {
            weeks.remove(0);
        }
        for (WeekPlan week : plan.weeks()) {
            Span label = new Span(getTranslation("week.tab", week.week()));
            Span after = new Span(getTranslation("week.after", week.weeksAfterProcedure()));
            after.addClassName("rp-tab-after");
            weeks.add(new Tab(label, after), weekContent(week, editable));
        }
        if (keep < weeks.getTabCount()) {
            weeks.setSelectedIndex(keep);
        }
    }

    private VerticalLayout weekContent(WeekPlan week, boolean editable) {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        Paragraph summary = new Paragraph(getTranslation("week.summary", week.week(),
                DisplayFormats.date(week.start(), getLocale()), week.weeksAfterProcedure(), week.phase()));
        summary.addClassName("rp-week-summary");
        Div restrictions = new Div();
        restrictions.addClassName("rp-restrictions");
        if (week.restrictions().isEmpty()) {
            restrictions.add(new Span(getTranslation("week.no.restrictions")));
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
        String day = DisplayFormats.dayAndDate(session.date(), getLocale());
        H3 title = new H3(day);
        title.addClassName("rp-session-title");
        Span minutes = new Span(getTranslation("session.minutes", session.totalMinutes()));
        minutes.addClassName("rp-session-minutes");
        column.add(title, minutes);
        if (session.exercises().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("session.empty"));
            none.addClassName("rp-unsafe");
            column.add(none);
        }
        for (ScheduledExercise exercise : session.exercises()) {
            int number = session.number();
            column.add(new ExerciseCard(exercise, new ExerciseCard.Handlers(
                    () -> actions.toggleLock(week, number, exercise),
                    () -> actions.swap(week, number, exercise),
                    () -> actions.move(week, number, exercise),
                    () -> actions.remove(week, number, exercise)), editable));
        }
        Button add = new Button(getTranslation("session.add"), VaadinIcon.PLUS.create(),
                e -> actions.add(week, session.number()));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.setAriaLabel(getTranslation("session.add.aria", day));
        add.setEnabled(editable);
        add.addClassName("rp-session-add");
        column.add(add);
        return column;
    }
}
