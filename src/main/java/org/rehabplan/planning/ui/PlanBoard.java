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
import java.util.ArrayList;
import java.util.List;
import org.rehabplan.base.ui.DisplayFormats;
import org.rehabplan.base.ui.ReasonLabels;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.SessionPlan;
import org.rehabplan.plan.PlanResult.WeekPlan;

/**
 * The plan week by week: a button per plan week (with how long after the procedure it is; the pressed one is shown),
 * its phase, restrictions in force and a column per session. One numbering on screen: plan weeks. Toggle buttons
 * rather than Vaadin's tabs: those put a focusable scroller inside the tablist, which screen readers and axe reject,
 * and buttons wrap onto a second line instead of scrolling out of sight on long plans.
 */
class PlanBoard extends Composite<VerticalLayout> {

    /** What the board asks of the view when the therapist acts on an exercise or a session. */
    interface Actions {
        void toggleLock(int week, int session, ScheduledExercise exercise);

        void swap(int week, int session, ScheduledExercise exercise);

        void move(int week, int session, ScheduledExercise exercise);

        void remove(int week, int session, ScheduledExercise exercise);

        void editDose(int week, int session, ScheduledExercise exercise);

        void add(int week, int session);
    }

    private final Div weekButtons = new Div();
    private final Div weekContent = new Div();
    final List<Button> weeks = new ArrayList<>();
    private final Actions actions;
    private int selectedWeek;
    private PlanResult shown;
    private boolean editable;

    PlanBoard(Actions actions) {
        this.actions = actions;
        getContent().setPadding(false);
        weekButtons.addClassName("rp-week-buttons");
        weekButtons.getElement().setAttribute("role", "group");
        weekButtons.getElement().setAttribute("aria-label", getTranslation("week.group"));
        weekContent.setWidthFull();
        getContent().add(weekButtons, weekContent);
    }

    /** Shows a plan; {@code editable} is false while the solver is still working on it. */
    void show(PlanResult plan, boolean editable) {
        this.shown = plan;
        this.editable = editable;
        weekButtons.removeAll();
        weeks.clear();
        for (WeekPlan week : plan.weeks()) {
            int index = weeks.size();
            Span after = new Span(ReasonLabels.weeksAfter(plan.protocol(), week.weeksAfterProcedure()));
            after.addClassName("rp-week-after");
            Button button = new Button(getTranslation("week.tab", week.week()), e -> select(index));
            button.setSuffixComponent(after);
            button.addClassName("rp-week-button");
            weeks.add(button);
            weekButtons.add(button);
        }
        select(selectedWeek < weeks.size() ? selectedWeek : 0);
    }

    /** Shows one week (0-based) and marks its button pressed. */
    void select(int index) {
        selectedWeek = index;
        for (int i = 0; i < weeks.size(); i++) {
            Button b = weeks.get(i);
            b.getElement().setAttribute("aria-pressed", Boolean.toString(i == index));
            b.getElement().getClassList().set("rp-week-selected", i == index);
            if (i == index) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
        weekContent.removeAll();
        if (index < shown.weeks().size()) {
            weekContent.add(weekContent(shown.weeks().get(index), editable));
        }
    }

    private VerticalLayout weekContent(WeekPlan week, boolean editable) {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        Paragraph summary = new Paragraph(getTranslation("week.summary", week.week(),
                DisplayFormats.date(week.start(), getLocale()),
                ReasonLabels.weeksAfter(shown.protocol(), week.weeksAfterProcedure()),
                ReasonLabels.phase(week.phase())));
        summary.addClassName("rp-week-summary");
        Div restrictions = new Div();
        restrictions.addClassName("rp-restrictions");
        if (week.restrictions().isEmpty()) {
            restrictions.add(new Span(getTranslation("week.no.restrictions")));
        }
        week.restrictions().forEach(r -> {
            Span chip = new Span(ReasonLabels.of(r));
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
                    () -> actions.remove(week, number, exercise),
                    () -> actions.editDose(week, number, exercise)), editable));
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
