package org.rehabplan.plan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.rehabplan.plan.PlanVersion;

/**
 * A patient's saved plan versions, newest first. Each opens read-only, where it can be printed, downloaded as PDF or
 * shared with the patient; saved versions never change.
 */
public class VersionHistory extends Composite<Details> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.systemDefault());

    private final Grid<PlanVersion> grid = new Grid<>();

    public VersionHistory() {
        grid.addColumn(v -> "Version " + v.getVersionNumber()).setHeader("Version").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> WHEN.format(v.getCreatedAt())).setHeader("Saved").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PlanVersion::getCreatedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.getVisitId() == null ? "Generated" : "Re-planned at a follow-up visit")
                .setHeader("How").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.getNote() == null ? "" : v.getNote()).setHeader("Note").setFlexGrow(1);
        grid.addComponentColumn(v -> {
            Button open = new Button("Open · print · PDF", VaadinIcon.PRINT.create(), e -> open(v));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setAriaLabel("Open version " + v.getVersionNumber());
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No saved version yet: generate a plan, then press Save version.");
        getContent().add(grid);
        getContent().setWidthFull();
        show(List.of());
    }

    public void show(List<PlanVersion> versions) {
        grid.setItems(versions);
        getContent().setSummaryText("Saved versions (" + versions.size() + ")");
    }

    /** The read-only view of one saved version, where it is printed, downloaded or shared. */
    public static String route(PlanVersion version) {
        return "patients/" + version.getPatientId() + "/plans/" + version.getId();
    }

    private void open(PlanVersion version) {
        getUI().ifPresent(ui -> ui.navigate(route(version)));
    }
}
