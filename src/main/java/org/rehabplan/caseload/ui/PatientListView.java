package org.rehabplan.caseload.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rehabplan.base.ui.DisplayFormats;
import org.rehabplan.base.ui.Notifications;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientArchive;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.patient.ui.PatientEditorView;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.schedule.Discharge;
import org.rehabplan.schedule.ShareLinkService;
import org.rehabplan.schedule.ShareLinkService.LinkSummary;
import org.rehabplan.visit.LastVisits;

/**
 * The therapist's patients with where each one stands (last visit, latest saved plan, share link), filters to find
 * who needs attention, and archive / discharge / restore. Archived and discharged patients are hidden by default.
 */
@PermitAll
@Route("patients")
@RouteAlias("")
@Menu(order = 1, icon = "vaadin:users", title = "Patients")
public class PatientListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("title.page", getTranslation("menu.patients"));
    }

    /** Which patients the list shows. */
    enum Show { CURRENT, ARCHIVED, ALL }

    private final PatientService patients;
    private final PatientArchive archive;
    private final Discharge discharge;
    private final PlanVersionService versions;
    private final ShareLinkService shares;
    private final LastVisits lastVisits;
    final Grid<Row> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<Show> show = new Select<>();
    final Checkbox withoutPlan = new Checkbox();
    private List<Row> rows = List.of();

    /** A patient with what the list shows of it, read once. */
    record Row(Patient patient, PatientProfile profile, LocalDate lastVisit, PlanVersion latest,
               Optional<LinkSummary> link) {
        String searchText() {
            return (patient.getDisplayName() + " " + patient.getPatientRef()).toLowerCase(Locale.ROOT);
        }

        long weeksSinceProcedure() {
            return ChronoUnit.WEEKS.between(profile.anchorDate(), LocalDate.now());
        }
    }

    PatientListView(PatientService patients, PatientArchive archive, Discharge discharge, PlanVersionService versions,
                    ShareLinkService shares, LastVisits lastVisits) {
        this.patients = patients;
        this.archive = archive;
        this.discharge = discharge;
        this.versions = versions;
        this.shares = shares;
        this.lastVisits = lastVisits;
        addClassName("rp-page");
        setSizeFull();
        search.setLabel(getTranslation("patients.search"));
        search.setPlaceholder(getTranslation("patients.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setClearButtonVisible(true);
        search.setWidth("18em");
        search.addValueChangeListener(e -> filter());
        show.setLabel(getTranslation("patients.show"));
        show.setItems(Show.values());
        show.setItemLabelGenerator(s -> getTranslation("patients.show." + s.name().toLowerCase(Locale.ROOT)));
        show.setValue(Show.CURRENT);
        show.addValueChangeListener(e -> filter());
        withoutPlan.setLabel(getTranslation("patients.without.plan"));
        withoutPlan.addValueChangeListener(e -> filter());
        Button add = new Button(getTranslation("patients.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(PatientEditorView.class)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, show, withoutPlan, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        // the reference under the name: one column less, so nothing is cut off at 1024 px
        grid.addComponentColumn(r -> {
            Span ref = new Span(r.patient().getPatientRef());
            ref.addClassName("rp-patient-ref");
            return new Div(new Span(r.patient().getDisplayName()), ref);
        }).setHeader(getTranslation("patients.col.name")).setSortable(true)
                .setComparator(r -> r.patient().getDisplayName()).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("patients.procedure", DisplayFormats.date(r.profile().anchorDate(),
                        getLocale()), r.weeksSinceProcedure()))
                .setHeader(getTranslation("patients.col.procedure")).setSortable(true)
                .setComparator(r -> r.profile().anchorDate()).setFlexGrow(2);
        grid.addColumn(r -> r.lastVisit() == null ? getTranslation("patients.no.visit")
                        : DisplayFormats.date(r.lastVisit(), getLocale()))
                .setHeader(getTranslation("patients.col.visit")).setSortable(true)
                .setComparator(Comparator.comparing(Row::lastVisit, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setFlexGrow(1);
        grid.addColumn(this::latestText).setHeader(getTranslation("patients.col.version")).setFlexGrow(2);
        grid.addColumn(this::linkText).setHeader(getTranslation("patients.col.link")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("patients.col.actions")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemDoubleClickListener(e -> openPlan(e.getItem()));
        grid.setEmptyStateText(getTranslation("patients.empty"));
        grid.setAriaLabel(getTranslation("patients.title"));
        add(new H1(getTranslation("patients.title")), toolbar, grid);
    }

    /** Read on every visit, so coming back from a patient shows its new visit, version or link. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private String latestText(Row row) {
        return row.latest() == null ? getTranslation("patients.no.version")
                : getTranslation("patients.version", row.latest().getVersionNumber(), DisplayFormats.date(
                row.latest().getCreatedAt().atZone(ZoneId.systemDefault()).toLocalDate(), getLocale()));
    }

    private String linkText(Row row) {
        if (row.link().isEmpty()) {
            return getTranslation("patients.link.none");
        }
        LinkSummary link = row.link().get();
        return switch (link.state()) {
            case ACTIVE -> getTranslation("patients.link.active", DisplayFormats.date(
                    link.expiresAt().atZone(ZoneId.systemDefault()).toLocalDate(), getLocale()));
            case EXPIRED -> getTranslation("patients.link.expired");
            case REVOKED -> getTranslation("patients.link.revoked");
        };
    }

    private Div actions(Row row) {
        String name = row.patient().getDisplayName();
        Div actions = new Div();
        actions.addClassName("rp-row-actions");
        if (row.patient().isArchived()) {
            Span state = new Span(getTranslation(row.patient().isDischarged() ? "patients.state.discharged"
                    : "patients.state.archived"));
            state.addClassName("rp-archived");
            Button restore = new Button(getTranslation("patients.restore"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> restore(row));
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            restore.setAriaLabel(getTranslation("patients.restore.aria", name));
            actions.add(state, restore);
            return actions;
        }
        Button plan = new Button(getTranslation("patients.plan"), VaadinIcon.CALENDAR.create(), e -> openPlan(row));
        plan.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        plan.setAriaLabel(getTranslation("patients.plan.aria", name));
        Button edit = new Button(getTranslation("patients.edit"), VaadinIcon.EDIT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("patients/" + row.patient().getId() + "/edit")));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("patients.edit.aria", name));
        MenuBar more = new MenuBar();
        more.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        MenuItem menu = more.addItem(getTranslation("patients.more"));
        menu.setAriaLabel(getTranslation("patients.more.aria", name));
        menu.getSubMenu().addItem(getTranslation("patients.archive"), e -> confirmArchive(row));
        menu.getSubMenu().addItem(getTranslation("patients.discharge"), e -> confirmDischarge(row));
        actions.add(plan, edit, more);
        return actions;
    }

    private void confirmArchive(Row row) {
        ConfirmDialog ask = new ConfirmDialog(getTranslation("patients.archive.title", row.patient().getDisplayName()),
                getTranslation("patients.archive.text"), getTranslation("patients.archive"), e -> {
            archive.archive(row.patient().getId(), false);
            Notifications.success(getTranslation("patients.archived", row.patient().getDisplayName()));
            refresh();
        });
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("action.cancel"));
        ask.open();
    }

    void confirmDischarge(Row row) {
        long active = row.link().stream().filter(l -> l.state() == ShareLinkService.State.ACTIVE).count();
        ConfirmDialog ask = new ConfirmDialog(
                getTranslation("patients.discharge.title", row.patient().getDisplayName()),
                getTranslation("patients.discharge.text"), getTranslation("patients.discharge"), e -> {
            int revoked = discharge.discharge(row.patient().getId());
            Notifications.success(getTranslation("patients.discharged", row.patient().getDisplayName(), revoked));
            refresh();
        });
        ask.setConfirmButtonTheme("error primary");
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("action.cancel"));
        ask.open();
    }

    private void restore(Row row) {
        archive.restore(row.patient().getId());
        Notifications.success(getTranslation("patients.restored", row.patient().getDisplayName()));
        refresh();
    }

    private void openPlan(Row row) {
        if (!row.patient().isArchived()) {
            getUI().ifPresent(ui -> ui.navigate("patients/" + row.patient().getId() + "/workspace"));
        }
    }

    void refresh() {
        List<Patient> all = patients.list();
        Map<Long, LocalDate> visits = lastVisits.of(all.stream().map(Patient::getId).toList());
        rows = all.stream().map(p -> {
            List<PlanVersion> saved = versions.versions(p.getId());
            Optional<LinkSummary> link = shares.links(p.getId()).stream()
                    .min(Comparator.comparing((LinkSummary l) -> l.state() != ShareLinkService.State.ACTIVE)
                            .thenComparing(LinkSummary::createdAt, Comparator.reverseOrder()));
            return new Row(p, patients.profile(p), visits.get(p.getId()), saved.isEmpty() ? null : saved.getFirst(),
                    link);
        }).toList();
        filter();
    }

    private void filter() {
        String term = search.getValue().trim().toLowerCase(Locale.ROOT);
        Show which = show.getValue() == null ? Show.CURRENT : show.getValue();
        grid.setItems(rows.stream()
                .filter(r -> term.isEmpty() || r.searchText().contains(term))
                .filter(r -> which == Show.ALL || (which == Show.ARCHIVED) == r.patient().isArchived())
                .filter(r -> !withoutPlan.getValue() || r.latest() == null)
                .toList());
    }
}
