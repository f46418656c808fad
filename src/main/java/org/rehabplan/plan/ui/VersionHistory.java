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

    private final Grid<PlanVersion> grid = new Grid<>();

    public VersionHistory() {
        grid.addColumn(v -> getTranslation("history.version", v.getVersionNumber())).setHeader(getTranslation("history.col.version")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> DateTimeFormatter.ofPattern(getTranslation("format.date.time"), getLocale())
                .withZone(ZoneId.systemDefault()).format(v.getCreatedAt())).setHeader(getTranslation("history.col.saved")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PlanVersion::getCreatedBy).setHeader(getTranslation("history.col.by")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> getTranslation(v.getVisitId() == null ? "history.generated" : "history.replanned"))
                .setHeader(getTranslation("history.col.how")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.getNote() == null ? "" : v.getNote()).setHeader(getTranslation("history.col.note")).setFlexGrow(1);
        grid.addComponentColumn(v -> {
            Button open = new Button(getTranslation("history.open"), VaadinIcon.PRINT.create(), e -> open(v));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setAriaLabel(getTranslation("history.open.aria", v.getVersionNumber()));
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("history.empty"));
        getContent().add(grid);
        getContent().setWidthFull();
        show(List.of());
    }

    public void show(List<PlanVersion> versions) {
        grid.setItems(versions);
        getContent().setSummaryText(getTranslation("history.summary", versions.size()));
    }

    /** The read-only view of one saved version, where it is printed, downloaded or shared. */
    public static String route(PlanVersion version) {
        return "patients/" + version.getPatientId() + "/plans/" + version.getId();
    }

    private void open(PlanVersion version) {
        getUI().ifPresent(ui -> ui.navigate(route(version)));
    }
}
