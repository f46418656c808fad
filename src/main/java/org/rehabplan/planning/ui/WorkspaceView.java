package org.rehabplan.planning.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.base.ui.Notifications;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.plan.SavedPlan;
import org.rehabplan.plan.ui.VersionHistory;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.planning.PinnedExercise;
import org.rehabplan.planning.PlanAdjuster;
import org.rehabplan.planning.PlanGenerator;
import org.rehabplan.planning.PlanResult;
import org.rehabplan.planning.PlanRestorer;
import org.rehabplan.planning.PlanResult.ScheduledExercise;
import org.rehabplan.planning.SolvedPlan;
import org.rehabplan.protocol.Restriction;

/**
 * Where the therapist builds a patient's plan: generate with live progress, read why each exercise is (or is not)
 * there, lock and swap exercises, and re-solve keeping the locks.
 */
@PermitAll
@Route("patients/:patientId/workspace")
public class WorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, PlanBoard.Actions {

    private static final long PROGRESS_INTERVAL_MS = 400;

    private final PatientService patients;
    private final PlanGenerator generator;
    private final PlanAdjuster adjuster;
    private final PlanVersionService versions;
    private final PlanRestorer restorer;
    private final Catalog catalog;

    private final H2 title = new H2();
    private final Paragraph limits = new Paragraph();
    final Button generate = new Button("Generate plan", VaadinIcon.MAGIC.create());
    final Button stop = new Button("Stop", VaadinIcon.STOP.create());
    final Button save = new Button("Save version", VaadinIcon.CHECK.create());
    final Button print = new Button("Print / PDF", VaadinIcon.PRINT.create());
    private final Button edit = new Button("Edit patient", VaadinIcon.EDIT.create());
    private final ProgressBar progress = new ProgressBar();
    final Span status = new Span("No plan yet: press Generate plan.");
    final Div infeasible = new Div();
    final PlanBoard board = new PlanBoard(this);
    private final ExplanationPanel explanation = new ExplanationPanel();
    final VersionHistory history = new VersionHistory();

    private Patient patient;
    private PatientProfile profile;
    private UUID solving;
    private long lastProgressRender;
    SolvedPlan plan;
    /** The saved version the screen shows unchanged, if any: what "Print / PDF" opens. */
    private PlanVersion shownVersion;

    WorkspaceView(PatientService patients, PlanGenerator generator, PlanAdjuster adjuster,
                  PlanVersionService versions, PlanRestorer restorer, Catalog catalog) {
        this.patients = patients;
        this.generator = generator;
        this.adjuster = adjuster;
        this.versions = versions;
        this.restorer = restorer;
        this.catalog = catalog;
        addClassName("rp-page");
        setWidthFull();
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(e -> startSolving());
        generate.setDisableOnClick(true);
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.setEnabled(false);
        stop.setTooltipText("Stop and keep the best plan so far");
        stop.addClickListener(e -> stopSolving());
        save.setEnabled(false);
        save.setTooltipText("Save this plan as a new version (for printing and sharing)");
        save.addClickListener(e -> askToSave());
        print.setEnabled(false);
        print.setTooltipText("Print, download or share the saved version shown here (save the plan first)");
        print.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(VersionHistory.route(shownVersion))));
        edit.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("patients/" + patient.getId() + "/edit")));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("12em");
        infeasible.addClassName("rp-infeasible");
        infeasible.setVisible(false);
        limits.addClassName("rp-limits");
        board.setVisible(false);
        explanation.setVisible(false);
        Button visits = new Button("Visits", VaadinIcon.CLIPBOARD_HEART.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("patients/" + patient.getId() + "/visits")));
        visits.setTooltipText("Record a follow-up visit and re-plan the remaining weeks");
        HorizontalLayout toolbar = new HorizontalLayout(generate, stop, save, print, edit, visits, progress, status);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);
        add(title, limits, toolbar, infeasible, board, explanation, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        patient = event.getRouteParameters().getLong("patientId").flatMap(patients::find).orElse(null);
        if (patient == null) {
            Notifications.error("That patient does not exist or is not yours.");
            event.forwardTo("patients");
            return;
        }
        profile = patients.profile(patient);
        title.setText(patient.getDisplayName());
        limits.setText(describeLimits(profile));
        List<PlanVersion> saved = versions.versions(patient.getId());
        history.show(saved);
        if (plan == null) {
            versions.latest(patient.getId()).ifPresent(this::reopen);
        }
    }

    /** Shows the latest saved version, ready to adjust, re-scored against the patient's current limits. */
    private void reopen(SavedPlan saved) {
        try {
            // weeks already started stay as they were planned (see PlanRestorer)
            show(restorer.restore(profile, saved.weekProfiles(), saved.plan(), LocalDate.now()));
            showingSaved(saved.version());
            generate.setText("Re-solve (keeps locks)");
            status.setText("Showing saved version " + saved.version().getVersionNumber()
                    + ". Re-solve to apply any change to the patient's limits.");
        } catch (IllegalArgumentException e) {
            // e.g. an exercise of the saved version was removed from the catalog since
            status.setText("Saved version " + saved.version().getVersionNumber() + " can't be reopened here ("
                    + e.getMessage() + "); it can still be opened read-only below. Generate a new plan.");
        }
    }

    void askToSave() {
        new SaveVersionDialog(versions.versions(patient.getId()).size() + 1, this::saveVersion).open();
    }

    /** Stores the plan on screen as the patient's next version; only a safe plan can be saved. */
    void saveVersion(String note) {
        if (plan == null || !plan.result().feasible() || solving != null) {
            Notifications.error("Only a finished, safe plan can be saved.");
            return;
        }
        PlanVersion version = versions.save(patient.getId(), profile, plan.result(), PlanAdjuster.locks(plan),
                CurrentUser.name(), note, null);
        history.show(versions.versions(patient.getId()));
        showingSaved(version);
        status.setText("Saved as version " + version.getVersionNumber() + ".");
        Notifications.success("Saved as version " + version.getVersionNumber()
                + ": open it below to print, download the PDF or share it.");
    }

    @Override
    public String getPageTitle() {
        return "Plan for " + (patient == null ? "" : patient.getDisplayName()) + " · RehabPlan";
    }

    private String describeLimits(PatientProfile p) {
        String restrictions = p.restrictions().isEmpty() ? "no restrictions"
                : p.restrictions().stream().map(r -> r.describe(this::exerciseName)).collect(Collectors.joining(", "));
        return p.planWeeks() + " weeks from " + p.planStart() + " · " + p.sessionsPerWeek() + " × "
                + p.minutesPerSession() + " min a week · pain " + p.painLevel() + "/10 · fall risk "
                + p.fallRisk().name().toLowerCase() + (p.canGetOnFloor() ? "" : " · no floor work")
                + (p.toleratesProne() ? "" : " · no prone") + " · " + restrictions;
    }

    private String exerciseName(String id) {
        return catalog.find(id).map(e -> e.name()).orElse(id);
    }

    /** Starts the solver in the background, keeping locked exercises; a second click can't start another. */
    void startSolving() {
        if (solving != null) {
            return;
        }
        UI ui = UI.getCurrent();
        List<PinnedExercise> locks = plan == null ? List.of() : PlanAdjuster.locks(plan);
        generate.setEnabled(false);
        save.setEnabled(false);
        stop.setEnabled(true);
        progress.setVisible(true);
        status.setText("Searching for the best safe plan…");
        lastProgressRender = 0;
        // a re-solve keeps the weeks already done as they were planned, and plans the rest for today's limits
        solving = generator.start(profile, locks,
                plan == null ? week -> profile : plan.solution().profilesForResolve(profile),
                plan == null ? 0 : plan.solution().getDoneWeeks(),
                better -> ui.access(() -> showProgress(better)),
                done -> ui.access(() -> finished(done)),
                error -> ui.access(() -> failed(error)));
    }

    void stopSolving() {
        if (solving == null) {
            return;
        }
        if (generator.stop(solving)) {
            status.setText("Stopping: keeping the best plan so far…");
        } else {
            // it was still waiting for a free solver: nothing was computed, so there is nothing to keep
            solving = null;
            progress.setVisible(false);
            stop.setEnabled(false);
            generate.setEnabled(true);
            save.setEnabled(plan != null && plan.result().feasible());
            status.setText("Stopped before it started: the solvers were busy with other plans.");
        }
    }

    private void showProgress(PlanResult better) {
        long now = System.currentTimeMillis();
        status.setText("Best so far: " + better.score() + (better.feasible() ? "" : " (not yet safe)"));
        if (now - lastProgressRender >= PROGRESS_INTERVAL_MS) {
            lastProgressRender = now;
            board.setVisible(true);
            board.show(better, false);
        }
    }

    private void finished(SolvedPlan done) {
        solving = null;
        progress.setVisible(false);
        stop.setEnabled(false);
        generate.setEnabled(true);
        generate.setText("Re-solve (keeps locks)");
        show(done);
        status.setText(done.result().feasible() ? "Plan ready (not saved yet) · score " + done.result().score()
                : "No safe plan exists for these limits");
    }

    private void failed(Throwable error) {
        solving = null;
        progress.setVisible(false);
        stop.setEnabled(false);
        generate.setEnabled(true);
        status.setText("Plan generation failed.");
        Notifications.error("Plan generation failed: " + error.getMessage());
    }

    private void showingSaved(PlanVersion version) {
        shownVersion = version;
        save.setEnabled(false);
        print.setEnabled(true);
    }

    void show(SolvedPlan solved) {
        this.plan = solved;
        shownVersion = null; // whatever is shown now differs from a saved version until it is saved
        print.setEnabled(false);
        PlanResult result = solved.result();
        save.setEnabled(result.feasible() && solving == null);
        infeasible.removeAll();
        infeasible.setVisible(!result.feasible());
        if (!result.feasible()) {
            // Never present an unsafe plan as a plan: say so, name the conflicting limits, hide the schedule.
            UnorderedList conflicts = new UnorderedList();
            result.conflicts().forEach(c -> conflicts.add(new ListItem(c)));
            infeasible.add(new H2("No safe plan for these limits"), new Paragraph("The patient's limits conflict: "
                    + "no plan can respect all of them. Change a limit (for example session length, equipment or "
                    + "an excluded exercise) and generate again."), conflicts);
            board.setVisible(false);
        } else {
            board.setVisible(true);
            board.show(result, true);
        }
        explanation.setVisible(true);
        explanation.show(result);
    }

    @Override
    public void toggleLock(int week, int session, ScheduledExercise exercise) {
        show(adjuster.setLocked(plan, week, session, exercise.exerciseId(), !exercise.locked()));
        status.setText("Changed: not saved yet.");
        Notifications.success((exercise.locked() ? "Unlocked " : "Locked ") + exercise.name());
    }

    @Override
    public void swap(int week, int session, ScheduledExercise exercise) {
        new SwapDialog(exercise.name(), adjuster.alternatives(plan, week, session, exercise.exerciseId()),
                chosen -> {
                    show(adjuster.swap(plan, week, session, exercise.exerciseId(), chosen.exercise().id()));
                    status.setText("Changed: not saved yet.");
                    Notifications.success("Swapped in " + chosen.exercise().name() + " (locked)");
                }).open();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (solving != null) {
            generator.stop(solving);
        }
        super.onDetach(event);
    }
}
