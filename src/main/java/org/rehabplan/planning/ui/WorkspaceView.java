package org.rehabplan.planning.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.base.ui.DisplayFormats;
import org.rehabplan.base.ui.Notifications;
import org.rehabplan.base.ui.ReasonLabels;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.plan.PlanDraftService;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.plan.SavedPlan;
import org.rehabplan.plan.ui.VersionHistory;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.service.DoseChoices;
import org.rehabplan.planning.service.PlanAdjuster;
import org.rehabplan.planning.service.PlanEditor;
import org.rehabplan.planning.service.PlanRestorer;
import org.rehabplan.planning.service.SolveGate;
import org.rehabplan.planning.service.SolveRefusedException;
import org.rehabplan.planning.service.SolvedPlan;
import org.rehabplan.planning.service.UnsafeEditException;
import org.rehabplan.planning.template.PlanTemplateService;
import org.rehabplan.protocol.ProtocolRegistry;

/**
 * Where the therapist builds a patient's plan: generate with live progress, read why each exercise is (or is not)
 * there, lock, swap, add, remove and move exercises (each edit re-scored, unsafe ones refused, undoable), and
 * re-solve keeping the locks. Unsaved work is kept on the server as a draft after every change, so leaving the page
 * or closing the browser loses nothing; leaving with unsaved changes asks first.
 */
@PermitAll
@Route("patients/:patientId/workspace")
public class WorkspaceView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle, PlanBoard.Actions {

    private static final long PROGRESS_INTERVAL_MS = 400;
    /** How many edits "Undo" can take back. */
    static final int UNDO_DEPTH = 30;

    private final PatientService patients;
    private final SolveGate solver;
    private final PlanAdjuster adjuster;
    private final PlanEditor editor;
    private final PlanVersionService versions;
    private final PlanDraftService drafts;
    private final PlanRestorer restorer;
    private final ProtocolRegistry protocols;
    private final org.rehabplan.planning.template.PlanTemplateService templates;

    private final H1 title = new H1();
    private final Paragraph limits = new Paragraph();
    final Button generate = new Button(getTranslation("workspace.generate"), VaadinIcon.MAGIC.create());
    final Button stop = new Button(getTranslation("workspace.stop"), VaadinIcon.STOP.create());
    final Button save = new Button(getTranslation("workspace.save"), VaadinIcon.CHECK.create());
    final Button undo = new Button(getTranslation("workspace.undo"), VaadinIcon.ARROW_BACKWARD.create());
    final Button discard = new Button(getTranslation("workspace.discard"), VaadinIcon.TRASH.create());
    final Button print = new Button(getTranslation("workspace.print"), VaadinIcon.PRINT.create());
    private final Button edit = new Button(getTranslation("workspace.edit.patient"), VaadinIcon.EDIT.create());
    private final ProgressBar progress = new ProgressBar();
    final Span status = new Span(getTranslation("workspace.status.none"));
    final Span unsaved = new Span(getTranslation("workspace.unsaved"));
    final Div infeasible = new Div();
    /** Red flags on the plan (e.g. refer back to the surgeon before progressing). */
    final Div alerts = new Div();
    final ScoreInWords score = new ScoreInWords();
    final PlanBoard board = new PlanBoard(this);
    private final ExplanationPanel explanation = new ExplanationPanel();
    final VersionHistory history = new VersionHistory();

    private Patient patient;
    private PatientProfile profile;
    private SolveGate.Solve solving;
    private long lastProgressRender;
    SolvedPlan plan;
    /** The saved version the screen shows unchanged, if any: what "Print / PDF" opens. */
    private PlanVersion shownVersion;
    /** True while the plan on screen differs from every saved version (it is then kept as a draft). */
    boolean dirty;
    /** Earlier states of the plan, newest first, for "Undo". */
    private final Deque<PlanResult> undoStack = new ArrayDeque<>();

    WorkspaceView(PatientService patients, SolveGate solver, PlanAdjuster adjuster, PlanEditor editor,
                  PlanVersionService versions, PlanDraftService drafts, PlanRestorer restorer,
                  ProtocolRegistry protocols,
                  org.rehabplan.planning.template.PlanTemplateService templates) {
        this.templates = templates;
        this.patients = patients;
        this.solver = solver;
        this.adjuster = adjuster;
        this.editor = editor;
        this.versions = versions;
        this.drafts = drafts;
        this.restorer = restorer;
        this.protocols = protocols;
        addClassName("rp-page");
        setWidthFull();
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(e -> startSolving());
        generate.setDisableOnClick(true);
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.setEnabled(false);
        stop.setTooltipText(getTranslation("workspace.stop.tip"));
        stop.addClickListener(e -> stopSolving());
        save.setEnabled(false);
        save.setTooltipText(getTranslation("workspace.save.tip"));
        save.addClickListener(e -> askToSave());
        undo.setEnabled(false);
        undo.setTooltipText(getTranslation("workspace.undo.tip"));
        undo.addClickListener(e -> undo());
        discard.setEnabled(false);
        discard.setTooltipText(getTranslation("workspace.discard.tip"));
        discard.addClickListener(e -> askToDiscard());
        print.setEnabled(false);
        print.setTooltipText(getTranslation("workspace.print.tip"));
        print.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(VersionHistory.route(shownVersion))));
        edit.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("patients/" + patient.getId() + "/edit")));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("12em");
        progress.getElement().setAttribute("aria-label", getTranslation("workspace.solving"));
        unsaved.addClassName("rp-unsaved");
        unsaved.setVisible(false);
        status.getElement().setAttribute("role", "status");
        infeasible.addClassName("rp-infeasible");
        infeasible.setVisible(false);
        limits.addClassName("rp-limits");
        board.setVisible(false);
        score.setVisible(false);
        explanation.setVisible(false);
        Button visits = new Button(getTranslation("workspace.visits"), VaadinIcon.CLIPBOARD_HEART.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("patients/" + patient.getId() + "/visits")));
        visits.setTooltipText(getTranslation("workspace.visits.tip"));
        var saveTemplate = new org.rehabplan.planning.ui.SaveTemplateButton(templates, () -> plan == null ? null
                : new org.rehabplan.planning.ui.SaveTemplateButton.Source(profile.protocolId(),
                org.rehabplan.planning.template.PlanTemplateService.choicesOf(profile, PlanAdjuster.locks(plan))));
        HorizontalLayout toolbar = new HorizontalLayout(generate, stop, save, undo, discard, print, edit, visits,
                saveTemplate);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);
        toolbar.addClassName("rp-toolbar");
        HorizontalLayout statusLine = new HorizontalLayout(unsaved, progress, status);
        statusLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        statusLine.setWrap(true);
        alerts.addClassName("rp-alerts");
        alerts.getElement().setAttribute("role", "alert");
        add(title, limits, toolbar, statusLine, alerts, infeasible, score, board, explanation, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        patient = event.getRouteParameters().getLong("patientId").flatMap(patients::find).orElse(null);
        if (patient == null) {
            Notifications.error(getTranslation("patient.not.found"));
            event.forwardTo("patients");
            return;
        }
        profile = patients.profile(patient);
        title.setText(getTranslation("workspace.title", patient.getDisplayName()));
        limits.setText(describeLimits(profile));
        List<PlanVersion> saved = versions.versions(patient.getId());
        history.show(saved);
        if (plan == null) {
            var draft = drafts.find(patient.getId());
            if (draft.isPresent()) {
                reopenDraft(draft.get());
            } else {
                versions.latest(patient.getId()).ifPresent(this::reopen);
            }
        }
    }

    /** Leaving with unsaved changes asks: stay, leave (the draft stays for later) or discard them and leave. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty || solving != null && plan == null) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog ask = new ConfirmDialog();
        ask.setHeader(getTranslation("leave.title"));
        ask.setText(getTranslation("leave.text"));
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("leave.stay"));
        ask.addCancelListener(e -> action.cancel()); // otherwise the next click on the same link is ignored
        ask.setConfirmText(getTranslation("leave.keep"));
        ask.addConfirmListener(e -> action.proceed());
        ask.setRejectable(true);
        ask.setRejectText(getTranslation("leave.discard"));
        ask.addRejectListener(e -> {
            drafts.discard(patient.getId());
            dirty = false;
            action.proceed();
        });
        ask.open();
    }

    /** Shows the draft the therapist left, with its locks; it stays unsaved until "Save version". */
    private void reopenDraft(PlanDraftService.Draft draft) {
        try {
            show(restorer.restore(profile, draft.plan()));
            markDirty(false);
            generate.setText(getTranslation("workspace.resolve"));
            status.setText(getTranslation("workspace.status.draft",
                    DisplayFormats.date(draft.updatedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate(),
                            getLocale())));
        } catch (IllegalArgumentException e) {
            // e.g. an exercise of the draft was removed from the catalog since: fall back to the saved version
            drafts.discard(patient.getId());
            versions.latest(patient.getId()).ifPresent(this::reopen);
        }
    }

    /** Shows the latest saved version, ready to adjust, re-scored against the patient's current limits. */
    private void reopen(SavedPlan saved) {
        try {
            // weeks already started stay as they were planned (see PlanRestorer)
            show(restorer.restore(profile, saved.weekProfiles(), saved.plan(), LocalDate.now()));
            showingSaved(saved.version());
            generate.setText(getTranslation("workspace.resolve"));
            status.setText(getTranslation("workspace.status.saved", saved.version().getVersionNumber()));
        } catch (IllegalArgumentException e) {
            // e.g. an exercise of the saved version was removed from the catalog since
            status.setText(getTranslation("workspace.status.unreadable", saved.version().getVersionNumber(),
                    e.getMessage()));
        }
    }

    void askToSave() {
        new SaveVersionDialog(versions.versions(patient.getId()).size() + 1, this::saveVersion).open();
    }

    /** Stores the plan on screen as the patient's next version; only a safe plan can be saved. */
    void saveVersion(String note) {
        if (plan == null || !plan.result().feasible() || solving != null) {
            Notifications.error(getTranslation("workspace.save.refused"));
            return;
        }
        PlanVersion version = versions.save(patient.getId(), profile, plan.result(), PlanAdjuster.locks(plan),
                CurrentUser.name(), note, null);
        drafts.discard(patient.getId());
        history.show(versions.versions(patient.getId()));
        showingSaved(version);
        status.setText(getTranslation("workspace.status.saved.now", version.getVersionNumber()));
        Notifications.success(getTranslation("workspace.saved", version.getVersionNumber()));
    }

    void askToDiscard() {
        ConfirmDialog ask = new ConfirmDialog(getTranslation("discard.title"), getTranslation("discard.text"),
                getTranslation("discard.confirm"), e -> discardChanges());
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("action.cancel"));
        ask.setConfirmButtonTheme("error primary");
        ask.open();
    }

    /** Drops the draft and goes back to the latest saved version (or to no plan). */
    void discardChanges() {
        drafts.discard(patient.getId());
        undoStack.clear();
        dirty = false;
        var latest = versions.latest(patient.getId());
        if (latest.isPresent()) {
            reopen(latest.get());
        } else {
            plan = null;
            board.setVisible(false);
            score.setVisible(false);
            explanation.setVisible(false);
            infeasible.setVisible(false);
            save.setEnabled(false);
            generate.setText(getTranslation("workspace.generate"));
            status.setText(getTranslation("workspace.status.none"));
        }
        refreshButtons();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page.title", patient == null ? "" : patient.getDisplayName());
    }

    private String describeLimits(PatientProfile p) {
        String restrictions = p.restrictions().isEmpty() ? getTranslation("limits.no.restrictions")
                : p.restrictions().stream().map(r -> ReasonLabels.of(r.asReason(protocolOf(p))))
                        .collect(Collectors.joining(", "));
        return getTranslation("limits.summary", p.planWeeks(), DisplayFormats.date(p.planStart(), getLocale()),
                p.sessionsPerWeek(), p.minutesPerSession(), p.painLevel(),
                DisplayFormats.label(p.fallRisk()).toLowerCase(getLocale()))
                + (p.canGetOnFloor() ? "" : " · " + getTranslation("limits.no.floor"))
                + (p.toleratesProne() ? "" : " · " + getTranslation("limits.no.prone")) + " · " + restrictions;
    }

    /** The patient's protocol id (the default protocol's when the profile names none). */
    private String protocolOf(PatientProfile p) {
        return p.protocolId() == null ? protocols.defaultId() : p.protocolId();
    }

    private String exerciseName(String id) {
        return ReasonLabels.exerciseName(id, id);
    }

    /** A plan exercise's name in the screen's language (the catalog's, not the name the plan stored). */
    private static String nameOf(ScheduledExercise exercise) {
        return ReasonLabels.exerciseName(exercise.exerciseId(), exercise.name());
    }

    /** Starts the solver in the background, keeping locked exercises; a second click can't start another. */
    void startSolving() {
        if (solving != null) {
            return;
        }
        UI ui = UI.getCurrent();
        // a first plan keeps the locks of the template the patient was started from, where they fit and are safe
        List<PinnedExercise> locks = plan == null ? templates.usableStartLocks(patient.getId(), profile)
                : PlanAdjuster.locks(plan);
        try {
            // a re-solve keeps the weeks already done as they were planned, and plans the rest for today's limits
            solving = solver.start(CurrentUser.name(), profile, locks,
                    plan == null ? week -> profile : plan.solution().profilesForResolve(profile),
                    plan == null ? 0 : plan.solution().getDoneWeeks(),
                    better -> ui.access(() -> showProgress(better)),
                    done -> ui.access(() -> finished(done)),
                    error -> ui.access(() -> failed(error)));
        } catch (SolveRefusedException e) {
            generate.setEnabled(true);
            Notifications.error(SolveRefusals.text(this, e));
            return;
        }
        if (plan != null) {
            remember();
        }
        generate.setEnabled(false);
        save.setEnabled(false);
        stop.setEnabled(true);
        progress.setVisible(true);
        status.setText(getTranslation("workspace.status.searching"));
        lastProgressRender = 0;
        refreshButtons();
    }

    void stopSolving() {
        if (solving == null) {
            return;
        }
        if (solving.stop()) {
            status.setText(getTranslation("workspace.status.stopping"));
        } else {
            // it was still waiting for a free solver: nothing was computed, so there is nothing to keep
            solving = null;
            progress.setVisible(false);
            stop.setEnabled(false);
            generate.setEnabled(true);
            save.setEnabled(plan != null && plan.result().feasible());
            status.setText(getTranslation("workspace.status.stopped.early"));
            refreshButtons();
        }
    }

    private void showProgress(PlanResult better) {
        long now = System.currentTimeMillis();
        status.setText(getTranslation(better.feasible() ? "workspace.status.progress.safe"
                : "workspace.status.progress.unsafe"));
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
        generate.setText(getTranslation("workspace.resolve"));
        show(done);
        markDirty(true);
        status.setText(getTranslation(done.result().feasible() ? "workspace.status.ready"
                : "workspace.status.infeasible"));
    }

    private void failed(Throwable error) {
        solving = null;
        progress.setVisible(false);
        stop.setEnabled(false);
        generate.setEnabled(true);
        status.setText(getTranslation("workspace.status.failed"));
        Notifications.error(error instanceof SolveRefusedException refused ? SolveRefusals.text(this, refused)
                : getTranslation("workspace.failed", error.getMessage()));
        refreshButtons();
    }

    private void showingSaved(PlanVersion version) {
        shownVersion = version;
        dirty = false;
        undoStack.clear();
        save.setEnabled(false);
        print.setEnabled(true);
        refreshButtons();
    }

    void show(SolvedPlan solved) {
        this.plan = solved;
        shownVersion = null; // whatever is shown now differs from a saved version until it is saved
        print.setEnabled(false);
        PlanResult result = solved.result();
        save.setEnabled(result.feasible() && solving == null);
        infeasible.removeAll();
        infeasible.setVisible(!result.feasible());
        score.setVisible(true);
        score.show(result);
        alerts.removeAll();
        result.alerts().forEach(a -> alerts.add(new Paragraph(ReasonLabels.of(a.reason()))));
        alerts.setVisible(!result.alerts().isEmpty());
        if (!result.feasible()) {
            // Never present an unsafe plan as a plan: say so, name the conflicting limits, hide the schedule.
            UnorderedList conflicts = new UnorderedList();
            ReasonLabels.of(result.conflicts()).forEach(c -> conflicts.add(new ListItem(c)));
            infeasible.add(new H2(getTranslation("workspace.infeasible.title")),
                    new Paragraph(getTranslation("workspace.infeasible.text")), conflicts);
            board.setVisible(false);
        } else {
            board.setVisible(true);
            board.show(result, true);
        }
        explanation.setVisible(true);
        explanation.show(result);
    }

    /** The plan on screen now differs from the saved versions: keep it as the server-side draft. */
    private void markDirty(boolean keepDraft) {
        dirty = true;
        if (keepDraft && plan != null) {
            drafts.keep(patient.getId(), plan.result());
        }
        refreshButtons();
    }

    private void refreshButtons() {
        unsaved.setVisible(dirty);
        undo.setEnabled(!undoStack.isEmpty() && solving == null);
        discard.setEnabled(dirty && solving == null);
    }

    /** Keeps the plan as it is now, so the next edit can be undone. */
    private void remember() {
        undoStack.push(plan.result());
        while (undoStack.size() > UNDO_DEPTH) {
            undoStack.removeLast();
        }
    }

    /** Takes back the last edit (or re-solve): the earlier plan comes back with its locks, re-scored. */
    void undo() {
        if (undoStack.isEmpty() || solving != null) {
            return;
        }
        show(restorer.restore(profile, undoStack.pop()));
        markDirty(true);
        status.setText(getTranslation("workspace.status.undone"));
    }

    /** Applies one edit of the plan: remembered for undo, re-scored, kept as the draft; refused if unsafe. */
    private void edit(java.util.function.Supplier<SolvedPlan> change, String done) {
        PlanResult before = plan.result();
        try {
            SolvedPlan changed = change.get();
            undoStack.push(before);
            while (undoStack.size() > UNDO_DEPTH) {
                undoStack.removeLast();
            }
            show(changed);
            markDirty(true);
            status.setText(getTranslation("workspace.status.changed"));
            Notifications.success(done);
        } catch (UnsafeEditException e) {
            Notifications.error(getTranslation("edit.refused", ReasonLabels.of(e.reason())));
        }
    }

    @Override
    public void toggleLock(int week, int session, ScheduledExercise exercise) {
        edit(() -> adjuster.setLocked(plan, week, session, exercise.exerciseId(), !exercise.locked()),
                getTranslation(exercise.locked() ? "edit.unlocked" : "edit.locked", nameOf(exercise)));
    }

    @Override
    public void swap(int week, int session, ScheduledExercise exercise) {
        List<ChooseExerciseDialog.Choice> choices = adjuster.alternatives(plan, week, session, exercise.exerciseId())
                .stream().map(a -> new ChooseExerciseDialog.Choice(a.exercise(), ReasonLabels.of(a.dose()),
                        SafeReasons.forSwap(this, a.exercise(), planWeek(week)), a.improves()))
                .toList();
        new ChooseExerciseDialog(getTranslation("swap.title", nameOf(exercise)), getTranslation("swap.intro"),
                getTranslation("swap.none"), choices,
                chosen -> edit(() -> adjuster.swap(plan, week, session, exercise.exerciseId(),
                        chosen.exercise().id()), getTranslation("edit.swapped",
                        ReasonLabels.exerciseName(chosen.exercise().id(), chosen.exercise().name())))).open();
    }

    @Override
    public void add(int week, int session) {
        List<ChooseExerciseDialog.Choice> choices = editor.candidatesToAdd(plan, week, session).stream()
                .map(c -> new ChooseExerciseDialog.Choice(c.exercise(), c.dose().describe().isEmpty()
                        ? getTranslation("session.minutes", c.minutes())
                        : ReasonLabels.of(c.dose().words()) + " · " + getTranslation("session.minutes", c.minutes()),
                        SafeReasons.forAdd(this, c, planWeek(week)), c.improves()))
                .toList();
        new ChooseExerciseDialog(getTranslation("add.title", sessionLabel(week, session)),
                getTranslation("add.intro"), getTranslation("add.none"), choices,
                chosen -> edit(() -> editor.add(plan, week, session, chosen.exercise().id()),
                        getTranslation("edit.added",
                                ReasonLabels.exerciseName(chosen.exercise().id(), chosen.exercise().name())))).open();
    }

    @Override
    public void remove(int week, int session, ScheduledExercise exercise) {
        edit(() -> editor.remove(plan, week, session, exercise.exerciseId()),
                getTranslation("edit.removed", nameOf(exercise)));
    }

    @Override
    public void move(int week, int session, ScheduledExercise exercise) {
        new MoveDialog(nameOf(exercise), editor.moveTargets(plan, week, session, exercise.exerciseId()),
                to -> edit(() -> editor.move(plan, week, session, exercise.exerciseId(), to.session()),
                        getTranslation("edit.moved", nameOf(exercise), DisplayFormats.dayAndDate(to.date(),
                                getLocale())))).open();
    }

    @Override
    public void editDose(int week, int session, ScheduledExercise exercise) {
        org.rehabplan.planning.service.DoseChoices choices = editor.doseChoices(plan, week, session, exercise.exerciseId());
        new DoseDialog(nameOf(exercise), choices,
                dose -> edit(() -> editor.setDose(plan, week, session, exercise.exerciseId(), dose),
                        getTranslation("edit.dose", nameOf(exercise),
                                ReasonLabels.of(choices.prescription(dose).words())))).open();
    }

    private PlanResult.WeekPlan weekPlan(int week) {
        return plan.result().weeks().stream().filter(w -> w.week() == week).findFirst().orElseThrow();
    }

    private org.rehabplan.planning.model.PlanWeek planWeek(int week) {
        return plan.solution().getWeeks().stream().filter(w -> w.index() == week).findFirst().orElseThrow();
    }

    private String sessionLabel(int week, int session) {
        return weekPlan(week).sessions().stream().filter(s -> s.number() == session).findFirst()
                .map(s -> DisplayFormats.dayAndDate(s.date(), getLocale())).orElse("");
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (solving != null) {
            solving.stop(); // the screen closed: nobody waits for this plan, free its place for others
        }
        super.onDetach(event);
    }
}
