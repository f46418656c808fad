package org.rehabplan.patient.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.router.RouteAlias;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;

/** The therapist's patients: find one, open its plan, edit it or add a new one. */
@PermitAll
@Route("patients")
@RouteAlias("")
@PageTitle("Patients · RehabPlan")
@Menu(order = 1, icon = "vaadin:users", title = "Patients")
public class PatientListView extends VerticalLayout {

    private final PatientService patients;
    private final Grid<Row> grid = new Grid<>();
    private final TextField search = new TextField();
    private List<Row> rows = List.of();

    /** A patient with its profile read once for the grid. */
    record Row(Patient patient, PatientProfile profile) {
        String searchText() {
            return (patient.getDisplayName() + " " + patient.getPatientRef()).toLowerCase(Locale.ROOT);
        }

        long weeksSinceProcedure() {
            return ChronoUnit.WEEKS.between(profile.procedureDate(), LocalDate.now());
        }
    }

    PatientListView(PatientService patients) {
        this.patients = patients;
        addClassName("rp-page");
        setSizeFull();
        search.setPlaceholder("Find by name or reference");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setClearButtonVisible(true);
        search.setWidth("22em");
        search.addValueChangeListener(e -> filter());
        Button add = new Button("New patient", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(PatientEditorView.class)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(r -> r.patient().getDisplayName()).setHeader("Name").setSortable(true).setFlexGrow(2);
        grid.addColumn(r -> r.patient().getPatientRef()).setHeader("Reference").setSortable(true);
        grid.addColumn(r -> r.profile().procedureDate()).setHeader("Procedure").setSortable(true);
        grid.addColumn(Row::weeksSinceProcedure).setHeader("Weeks since").setSortable(true);
        grid.addColumn(r -> r.profile().painLevel() + "/10").setHeader("Pain");
        grid.addColumn(r -> r.profile().fallRisk()).setHeader("Fall risk");
        grid.addComponentColumn(this::actions).setHeader("").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemDoubleClickListener(e -> openPlan(e.getItem()));
        grid.setEmptyStateText("No patients yet: add one with \"New patient\".");
        add(new H1("Patients"), toolbar, grid);
        refresh();
    }

    private HorizontalLayout actions(Row row) {
        Button plan = new Button("Plan", VaadinIcon.CALENDAR.create(), e -> openPlan(row));
        plan.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("patients/" + row.patient().getId() + "/edit")));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(plan, edit);
    }

    private void openPlan(Row row) {
        getUI().ifPresent(ui -> ui.navigate("patients/" + row.patient().getId() + "/workspace"));
    }

    private void refresh() {
        rows = patients.list().stream().map(p -> new Row(p, patients.profile(p))).toList();
        filter();
    }

    private void filter() {
        String term = search.getValue().trim().toLowerCase(Locale.ROOT);
        grid.setItems(rows.stream().filter(r -> term.isEmpty() || r.searchText().contains(term)).toList());
    }
}
