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
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rehabplan.base.ui.Notifications;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.planning.PinnedExercise;
import org.rehabplan.planning.PlanAdjuster;
import org.rehabplan.planning.PlanGenerator;
import org.rehabplan.planning.PlanResult;
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

    private final H2 title = new H2();
    private final Paragraph limits = new Paragraph();
    final Button generate = new Button("Generate plan", VaadinIcon.MAGIC.create());
    final Button stop = new Button("Stop", VaadinIcon.STOP.create());
    private final Button edit = new Button("Edit patient", VaadinIcon.EDIT.create());
    private final ProgressBar progress = new ProgressBar();
    final Span status = new Span("No plan yet: press Generate plan.");
    final Div infeasible = new Div();
    final PlanBoard board = new PlanBoard(this);
    private final ExplanationPanel explanation = new ExplanationPanel();

    private Patient patient;
    private PatientProfile profile;
    private UUID solving;
    private long lastProgressRender;
    SolvedPlan plan;

    WorkspaceView(PatientService patients, PlanGenerator generator, PlanAdjuster adjuster) {
        this.patients = patients;
        this.generator = generator;
        this.adjuster = adjuster;
        addClassName("rp-page");
        setWidthFull();
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(e -> startSolving());
        generate.setDisableOnClick(true);
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.setEnabled(false);
        stop.setTooltipText("Stop and keep the best plan so far");
        stop.addClickListener(e -> stopSolving());
        edit.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("patients/" + patient.getId() + "/edit")));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("12em");
        infeasible.addClassName("rp-infeasible");
        infeasible.setVisible(false);
        limits.addClassName("rp-limits");
        board.setVisible(false);
        explanation.setVisible(false);
        HorizontalLayout toolbar = new HorizontalLayout(generate, stop, edit, progress, status);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);
        add(title, limits, toolbar, infeasible, board, explanation);
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
    }

    @Override
    public String getPageTitle() {
        return "Plan for " + (patient == null ? "" : patient.getDisplayName()) + " · RehabPlan";
    }

    private static String describeLimits(PatientProfile p) {
        String restrictions = p.restrictions().isEmpty() ? "no restrictions"
                : p.restrictions().stream().map(Restriction::describe).collect(Collectors.joining(", "));
        return p.planWeeks() + " weeks from " + p.planStart() + " · " + p.sessionsPerWeek() + " × "
                + p.minutesPerSession() + " min a week · pain " + p.painLevel() + "/10 · fall risk "
                + p.fallRisk().name().toLowerCase() + (p.canGetOnFloor() ? "" : " · no floor work")
                + (p.toleratesProne() ? "" : " · no prone") + " · " + restrictions;
    }

    /** Starts the solver in the background, keeping locked exercises; a second click can't start another. */
    void startSolving() {
        if (solving != null) {
            return;
        }
        UI ui = UI.getCurrent();
        List<PinnedExercise> locks = plan == null ? List.of() : PlanAdjuster.locks(plan);
        generate.setEnabled(false);
        stop.setEnabled(true);
        progress.setVisible(true);
        status.setText("Searching for the best safe plan…");
        lastProgressRender = 0;
        solving = generator.start(profile, locks,
                better -> ui.access(() -> showProgress(better)),
                done -> ui.access(() -> finished(done)),
                error -> ui.access(() -> failed(error)));
    }

    void stopSolving() {
        if (solving != null) {
            generator.stop(solving);
            status.setText("Stopping: keeping the best plan so far…");
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
        status.setText(done.result().feasible() ? "Plan ready · score " + done.result().score()
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

    void show(SolvedPlan solved) {
        this.plan = solved;
        PlanResult result = solved.result();
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
        Notifications.success((exercise.locked() ? "Unlocked " : "Locked ") + exercise.name());
    }

    @Override
    public void swap(int week, int session, ScheduledExercise exercise) {
        new SwapDialog(exercise.name(), adjuster.alternatives(plan, week, session, exercise.exerciseId()),
                chosen -> {
                    show(adjuster.swap(plan, week, session, exercise.exerciseId(), chosen.exercise().id()));
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
