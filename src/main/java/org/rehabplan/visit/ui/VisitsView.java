package org.rehabplan.visit.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rehabplan.adherence.AdherenceService;
import org.rehabplan.base.ui.Notifications;
import org.rehabplan.base.ui.ReasonLabels;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.plan.SavedPlan;
import org.rehabplan.planning.service.SolveGate;
import org.rehabplan.planning.service.SolveRefusedException;
import org.rehabplan.planning.ui.SolveRefusals;
import org.rehabplan.visit.FollowUp;
import org.rehabplan.visit.FollowUpPlanner;
import org.rehabplan.visit.InvalidVisitException;
import org.rehabplan.visit.ReplanRefusedException;
import org.rehabplan.visit.Visit;
import org.rehabplan.visit.VisitEntry;
import org.rehabplan.visit.VisitProblem;
import org.rehabplan.visit.VisitService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A patient's follow-up visits: record one (pain, outcome measures, exercises not tolerated), see pain and outcome
 * measures over the visits, and re-plan the weeks still ahead from the latest visit, then save that as a new plan
 * version.
 */
@Route("patients/:patientId/visits")
@PermitAll
@StyleSheet("styles/visits.css")
public class VisitsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PatientService patients;
    private final VisitService visits;
    private final FollowUpPlanner planner;
    private final PlanVersionService versions;
    private final Catalog catalog;

    private final H1 title = new H1();
    final Paragraph planInfo = new Paragraph();
    final Button newVisit = new Button(getTranslation("visits.new"), VaadinIcon.PLUS.create());
    final Button replan = new Button(getTranslation("visits.replan"), VaadinIcon.REFRESH.create());
    private final Button workspace = new Button(getTranslation("visits.workspace"), VaadinIcon.CALENDAR.create());
    private final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final VisitForm form = new VisitForm();
    final FollowUpPanel followUp = new FollowUpPanel();
    final Div chart = new Div();
    final Grid<Visit> grid = new Grid<>();

    private Patient patient;
    /** The visit the form corrects; null when it records a new one. */
    private Visit correcting;
    private Optional<SavedPlan> basis = Optional.empty();
    private Map<Long, Integer> versionByVisit = Map.of();
    private SolveGate.Solve solving;

    private final AdherenceService adherence;
    private final AdherencePanel adherencePanel = new AdherencePanel();

    VisitsView(PatientService patients, VisitService visits, FollowUpPlanner planner, PlanVersionService versions,
               Catalog catalog, AdherenceService adherence) {
        this.adherence = adherence;
        this.patients = patients;
        this.visits = visits;
        this.planner = planner;
        this.versions = versions;
        this.catalog = catalog;
        addClassName("rp-page");
        setWidthFull();
        planInfo.addClassName("rp-limits");
        newVisit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newVisit.addClickListener(e -> openForm());
        replan.addClickListener(e -> startReplan());
        workspace.addClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate("patients/" + patient.getId() + "/workspace")));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("10em");
        HorizontalLayout toolbar = new HorizontalLayout(newVisit, replan, workspace, progress, status);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);
        form.setVisible(false);
        form.addClassName("rp-card");
        form.addSaveListener(e -> record(e.entry()));
        form.addCancelListener(e -> {
            correcting = null;
            form.setVisible(false);
        });
        followUp.setVisible(false);
        followUp.addClassName("rp-card");
        followUp.addSaveListener(e -> saveFollowUp(e.followUp()));
        chart.addClassName("rp-chart");
        configureGrid();
        add(title, planInfo, toolbar, form, followUp, new H3(getTranslation("visits.measures")), chart,
                new H3(getTranslation("visits.home")), adherencePanel, new H3(getTranslation("workspace.visits")), grid);
    }

    private void configureGrid() {
        grid.addColumn(v -> org.rehabplan.base.ui.DisplayFormats.date(v.getVisitDate(), getLocale())).setHeader(getTranslation("visits.col.date")).setSortable(true)
                .setComparator(Visit::getVisitDate).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.getPainLevel() + "/10").setHeader(getTranslation("visits.col.pain")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.getTimedUpAndGoSeconds() == null ? "–" : Svg.format(v.getTimedUpAndGoSeconds())
                + " s").setHeader(getTranslation("visits.col.tug")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.getChairStands30s() == null ? "–" : v.getChairStands30s().toString())
                .setHeader(getTranslation("visits.col.chair")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::notToleratedNames).setHeader(getTranslation("visits.col.not.tolerated")).setFlexGrow(1);
        grid.addColumn(v -> v.getNotes() == null ? "" : v.getNotes()).setHeader(getTranslation("visits.col.notes")).setFlexGrow(2);
        grid.addColumn(v -> versionByVisit.containsKey(v.getId())
                        ? getTranslation("visits.version", versionByVisit.get(v.getId())) : "")
                .setHeader(getTranslation("visits.col.replanned")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.getCorrectedBy() == null ? v.getRecordedBy()
                        : getTranslation("visits.corrected.by", v.getRecordedBy(), v.getCorrectedBy()))
                .setHeader(getTranslation("visits.col.by")).setAutoWidth(true).setFlexGrow(0);
        // kept in sight at the right edge when the other columns need more than the screen's width
        grid.addComponentColumn(this::actions).setHeader(getTranslation("visits.col.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("visits.empty"));
    }

    /** Correct and delete buttons of one visit, named with its date for screen readers. */
    private HorizontalLayout actions(Visit visit) {
        String date = org.rehabplan.base.ui.DisplayFormats.date(visit.getVisitDate(), getLocale());
        Button correct = new Button(VaadinIcon.EDIT.create(), e -> openCorrection(visit));
        correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        correct.setAriaLabel(getTranslation("visits.correct.aria", date));
        correct.setTooltipText(getTranslation("visits.correct.tip"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> askToDelete(visit));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL,
                ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("visits.delete.aria", date));
        delete.setTooltipText(getTranslation("visits.delete.tip"));
        HorizontalLayout buttons = new HorizontalLayout(correct, delete);
        buttons.setSpacing(false);
        return buttons;
    }

    void openCorrection(Visit visit) {
        correcting = visit;
        form.edit(visit.entry(), this::exercisesDoneBy);
        form.setVisible(true);
    }

    /** Deleting asks first and says what stays: the plan versions it led to are history. */
    void askToDelete(Visit visit) {
        String date = org.rehabplan.base.ui.DisplayFormats.date(visit.getVisitDate(), getLocale());
        com.vaadin.flow.component.confirmdialog.ConfirmDialog ask = new com.vaadin.flow.component.confirmdialog
                .ConfirmDialog(getTranslation("visits.delete.title", date), getTranslation("visits.delete.text"),
                getTranslation("visits.delete.confirm"), e -> delete(visit));
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("visits.delete.keep"));
        ask.setConfirmButtonTheme("error primary");
        ask.open();
    }

    void delete(Visit visit) {
        try {
            visits.delete(patient.getId(), visit.getId());
            Notifications.success(getTranslation("visits.deleted",
                    org.rehabplan.base.ui.DisplayFormats.date(visit.getVisitDate(), getLocale())));
        } catch (org.rehabplan.visit.VisitNotFoundException e) {
            Notifications.error(e.getMessage());
        }
        if (correcting != null && correcting.getId().equals(visit.getId())) {
            correcting = null;
            form.setVisible(false);
        }
        refresh();
    }

    private String notToleratedNames(Visit visit) {
        return String.join(", ", visit.notTolerated().stream()
                .map(id -> ReasonLabels.exerciseName(id, id)).toList());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        patient = event.getRouteParameters().getLong("patientId").flatMap(patients::find).orElse(null);
        if (patient == null) {
            Notifications.error(getTranslation("patient.not.found"));
            event.forwardTo("patients");
            return;
        }
        title.setText(getTranslation("visits.title", patient.getDisplayName()));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("visits.page.title", patient == null ? "" : patient.getDisplayName());
    }

    /** Re-reads the patient, the latest saved plan and the visits, and redraws everything from them. */
    private void refresh() {
        patient = patients.find(patient.getId()).orElse(patient);
        PatientProfile profile = patients.profile(patient);
        basis = planner.basis(patient.getId());
        Map<Long, Integer> byVisit = new LinkedHashMap<>();
        for (PlanVersion v : versions.versions(patient.getId())) {
            if (v.getVisitId() != null) {
                byVisit.putIfAbsent(v.getVisitId(), v.getVersionNumber()); // newest first: the latest re-plan wins
            }
        }
        versionByVisit = byVisit;
        List<Visit> all = visits.visits(patient.getId());
        planInfo.setText(getTranslation("visits.info", org.rehabplan.base.ui.DisplayFormats.date(profile.anchorDate(),
                getLocale()), profile.painLevel(), basis.map(s -> getTranslation("visits.info.plan",
                s.version().getVersionNumber(), s.plan().weeks().size(),
                org.rehabplan.base.ui.DisplayFormats.date(s.plan().planStart(), getLocale())))
                .orElse(getTranslation("visits.info.no.plan"))));
        grid.setItems(all.reversed());
        chart.removeAll();
        chart.add(new Html("<div>" + OutcomeChart.svg(all.stream().map(v -> new OutcomeChart.Point(
                v.getVisitDate(), v.getPainLevel(), v.getTimedUpAndGoSeconds(), v.getChairStands30s(), v.getNotes()))
                .toList(), this::getTranslation, getLocale()) + "</div>"));
        adherencePanel.show(adherence.weekly(patient.getId()).orElse(List.of()), LocalDate.now());
        Optional<Visit> latest = all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
        replan.setEnabled(solving == null && latest.isPresent() && basis.isPresent());
        replan.setTooltipText(basis.isEmpty() ? getTranslation("visits.replan.no.plan")
                : latest.map(v -> getTranslation("visits.replan.tip",
                        org.rehabplan.base.ui.DisplayFormats.date(v.getVisitDate(), getLocale())))
                .orElse(getTranslation("visits.replan.no.visit")));
    }

    private void openForm() {
        correcting = null;
        form.reset(this::exercisesDoneBy);
        form.setVisible(true);
    }

    /** Each exercise of the latest saved plan's weeks that started before {@code date}, once, by name. */
    private List<VisitForm.PlannedExercise> exercisesDoneBy(LocalDate date) {
        Map<String, String> names = new LinkedHashMap<>();
        basis.ifPresent(s -> s.plan().weeks().stream().filter(w -> w.start() != null && w.start().isBefore(date))
                .forEach(w -> w.sessions().forEach(session -> session.exercises()
                        .forEach(e -> names.putIfAbsent(e.exerciseId(), e.name())))));
        List<VisitForm.PlannedExercise> exercises = new ArrayList<>();
        names.forEach((id, name) -> {
            if (catalog.contains(id)) {
                exercises.add(new VisitForm.PlannedExercise(id, ReasonLabels.exerciseName(id, name)));
            }
        });
        exercises.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return exercises;
    }

    void record(VisitEntry entry) {
        List<VisitProblem> problems = new ArrayList<>(form.unreadable());
        problems.addAll(visits.problems(patient.getId(), entry));
        form.showProblems(problems);
        if (!problems.isEmpty()) {
            return;
        }
        try {
            Visit visit = correcting == null ? visits.record(patient.getId(), entry)
                    : visits.correct(patient.getId(), correcting.getId(), correcting.getVersion(), entry);
            form.setVisible(false);
            Notifications.success(getTranslation(correcting == null ? "visits.recorded" : "visits.corrected",
                    org.rehabplan.base.ui.DisplayFormats.date(visit.getVisitDate(), getLocale())));
            correcting = null;
            refresh();
        } catch (InvalidVisitException e) {
            form.showProblems(e.problems());
        } catch (ObjectOptimisticLockingFailureException | org.rehabplan.visit.VisitNotFoundException e) {
            form.showNotSaved("Not saved: someone changed or deleted this visit meanwhile. Your entry is still in "
                    + "the form; close it and open the visit again to see their change.");
        }
    }

    /** Solves the remaining weeks in the background from the latest visit; the result is shown, not yet saved. */
    void startReplan() {
        if (solving != null) {
            return;
        }
        Optional<Visit> latest = visits.latest(patient.getId());
        if (latest.isEmpty()) {
            Notifications.error(getTranslation("visits.record.first"));
            return;
        }
        UI ui = UI.getCurrent();
        try {
            solving = planner.start(patient.getId(), latest.get().getId(),
                    done -> ui.access(() -> replanned(done)), error -> ui.access(() -> replanFailed(error)));
        } catch (ReplanRefusedException e) {
            Notifications.error(ReasonLabels.of(e.reason()));
            return;
        } catch (SolveRefusedException e) {
            Notifications.error(SolveRefusals.text(this, e));
            return;
        }
        replan.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("visits.replanning",
                org.rehabplan.base.ui.DisplayFormats.date(latest.get().getVisitDate(), getLocale())));
    }

    private void replanned(FollowUp result) {
        solving = null;
        progress.setVisible(false);
        status.setText(getTranslation(result.plan().feasible() ? "visits.replan.ready" : "visits.replan.none"));
        followUp.show(result);
        followUp.adherence(AdherencePanel.summarise(adherence.weekly(patient.getId()).orElse(List.of()).stream()
                .filter(w -> !w.start().isAfter(LocalDate.now())).toList()));
        followUp.setVisible(true);
        refresh();
    }

    private void replanFailed(Throwable error) {
        solving = null;
        progress.setVisible(false);
        status.setText(getTranslation("visits.replan.failed"));
        Notifications.error(error instanceof SolveRefusedException refused ? SolveRefusals.text(this, refused)
                : getTranslation("visits.replan.failed.because", error.getMessage()));
        refresh();
    }

    void saveFollowUp(FollowUp result) {
        try {
            FollowUp saved = planner.save(result, getLocale());
            followUp.show(saved);
            status.setText(getTranslation("workspace.status.saved.now", saved.savedVersionNumber()));
            Notifications.success(getTranslation("workspace.status.saved.now", saved.savedVersionNumber()));
            refresh();
        } catch (ReplanRefusedException e) {
            followUp.save.setEnabled(true);
            Notifications.error(ReasonLabels.of(e.reason()));
        } catch (ObjectOptimisticLockingFailureException e) {
            followUp.save.setEnabled(true);
            Notifications.error(getTranslation("visits.replan.conflict"));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (solving != null) {
            planner.stop(solving);
        }
        super.onDetach(event);
    }
}
