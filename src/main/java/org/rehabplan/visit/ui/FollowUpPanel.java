package org.rehabplan.visit.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rehabplan.base.ui.ReasonLabels;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.WeekPlan;
import org.rehabplan.visit.FollowUp;
import org.rehabplan.visit.FollowUpPlanner;

/**
 * What a follow-up re-plan did: which weeks were kept and which re-planned, what changed in the patient's limits,
 * the weeks at a glance, and a button to save it as a new version (only when the plan is safe).
 */
class FollowUpPanel extends Composite<VerticalLayout> {

    final H3 heading = new H3();
    final Paragraph summary = new Paragraph();
    /** What the patient reported from the phone page, to weigh before saving the re-plan. */
    final Paragraph adherence = new Paragraph();
    final UnorderedList changes = new UnorderedList();
    final Div infeasible = new Div();
    final Grid<WeekPlan> weeks = new Grid<>();
    final Button save = new Button(getTranslation("followup.save"), VaadinIcon.CHECK.create());
    final Span savedText = new Span();
    private final Anchor openVersion = new Anchor();

    private FollowUp shown;

    FollowUpPanel() {
        infeasible.addClassName("rp-infeasible");
        weeks.addColumn(WeekPlan::week).setHeader(getTranslation("followup.col.week")).setAutoWidth(true).setFlexGrow(0);
        weeks.addColumn(w -> org.rehabplan.base.ui.DisplayFormats.date(w.start(), getLocale()))
                .setHeader(getTranslation("followup.col.starts")).setAutoWidth(true).setFlexGrow(0);
        weeks.addComponentColumn(this::status).setHeader("").setAutoWidth(true).setFlexGrow(0);
        weeks.addColumn(w -> ReasonLabels.phase(w.phase())).setHeader(getTranslation("followup.col.phase")).setAutoWidth(true).setFlexGrow(0);
        weeks.addColumn(w -> maxLevel(w) == 0 ? "–" : "≤ " + maxLevel(w)).setHeader(getTranslation("catalog.col.level")).setAutoWidth(true)
                .setFlexGrow(0);
        weeks.addColumn(FollowUpPanel::exercises).setHeader(getTranslation("followup.col.exercises")).setFlexGrow(1);
        weeks.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_ROW_STRIPES);
        weeks.setAllRowsVisible(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> fireEvent(new SaveEvent(this, shown)));
        savedText.addClassName("rp-safe");
        HorizontalLayout actions = new HorizontalLayout(save, savedText, openVersion);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        VerticalLayout layout = getContent();
        layout.addClassName("rp-followup");
        layout.setPadding(false);
        layout.add(heading, summary, adherence, changes, infeasible, actions, weeks);
    }

    void adherence(String text) {
        adherence.setText(getTranslation("followup.home", text));
    }

    void show(FollowUp followUp) {
        this.shown = followUp;
        heading.setText(getTranslation("followup.heading",
                org.rehabplan.base.ui.DisplayFormats.date(followUp.visitDate(), getLocale())));
        String kept = followUp.keptWeeks().isEmpty() ? getTranslation("followup.kept.none")
                : getTranslation("followup.kept", FollowUpPlanner.weeks(followUp.keptWeeks()),
                followUp.basedOnVersion());
        summary.setText(kept + " " + getTranslation("followup.replanned",
                FollowUpPlanner.weeks(followUp.replannedWeeks()), followUp.newPain(), followUp.previousPain()));
        changes.removeAll();
        if (!followUp.notTolerated().isEmpty()) {
            changes.add(new ListItem(getTranslation("followup.left.out", String.join(", ",
                    followUp.notTolerated().stream().map(id -> ReasonLabels.exerciseName(id, id)).toList()))));
        }
        if (!followUp.lifted().isEmpty()) {
            changes.add(new ListItem(getTranslation("followup.lifted",
                    String.join(", ", ReasonLabels.of(followUp.lifted())))));
        }
        ReasonLabels.of(followUp.droppedLocks()).forEach(d -> changes.add(new ListItem(getTranslation("followup.lock.dropped", d))));
        changes.setVisible(changes.getComponentCount() > 0);
        boolean safe = followUp.plan().feasible();
        infeasible.removeAll();
        infeasible.setVisible(!safe);
        if (!safe) {
            UnorderedList conflicts = new UnorderedList();
            ReasonLabels.of(followUp.plan().conflicts()).forEach(c -> conflicts.add(new ListItem(c)));
            infeasible.add(new H3(getTranslation("followup.none.title")),
                    new Paragraph(getTranslation("followup.none.text")), conflicts);
        }
        weeks.setVisible(safe);
        weeks.setItems(safe ? followUp.plan().weeks() : List.of());
        save.setVisible(safe && !followUp.saved());
        save.setEnabled(true);
        save.setText(getTranslation("save.title", followUp.basedOnVersion() + 1));
        savedText.setVisible(followUp.saved());
        openVersion.setVisible(followUp.saved());
        if (followUp.saved()) {
            savedText.setText(getTranslation("followup.saved", followUp.savedVersionNumber(), followUp.newPain()));
            openVersion.setText(getTranslation("history.open.aria", followUp.savedVersionNumber()));
            openVersion.setHref("patients/" + followUp.patientId() + "/plans/" + followUp.savedVersionId());
        }
    }

    FollowUp shown() {
        return shown;
    }

    private Span status(WeekPlan week) {
        boolean kept = shown != null && shown.keptWeeks().contains(week.week());
        Span badge = new Span(getTranslation(kept ? "followup.kept.badge" : "followup.replanned.badge"));
        badge.addClassNames("rp-week-status", kept ? "rp-week-kept" : "rp-week-replanned");
        return badge;
    }

    private static int maxLevel(WeekPlan week) {
        return week.sessions().stream().flatMap(s -> s.exercises().stream()).mapToInt(ScheduledExercise::level)
                .max().orElse(0);
    }

    /** Each exercise of the week once, with its dose: "Chin tuck (2 × 10), Walking (10 min)". */
    private static String exercises(WeekPlan week) {
        Map<String, ScheduledExercise> distinct = new LinkedHashMap<>();
        week.sessions().stream().flatMap(s -> s.exercises().stream())
                .forEach(e -> distinct.putIfAbsent(e.exerciseId(), e));
        return distinct.values().stream()
                .map(e -> ReasonLabels.exerciseName(e.exerciseId(), e.name()) + " ("
                        + ReasonLabels.of(e.doseWords()) + ")")
                .collect(Collectors.joining(", "));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The therapist asked to save the shown re-plan as a new plan version. */
    static final class SaveEvent extends ComponentEvent<FollowUpPanel> {
        private final FollowUp followUp;

        SaveEvent(FollowUpPanel source, FollowUp followUp) {
            super(source, false);
            this.followUp = followUp;
        }

        FollowUp followUp() {
            return followUp;
        }
    }
}
