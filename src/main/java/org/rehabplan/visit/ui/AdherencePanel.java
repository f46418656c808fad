package org.rehabplan.visit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import org.rehabplan.adherence.WeekAdherence;

/**
 * What the patient reported from their phone page, per plan week: sessions done against planned, average effort and
 * pain, and a one-line trend to weigh before a re-plan.
 */
class AdherencePanel extends VerticalLayout {

    final Grid<WeekAdherence> grid = new Grid<>();
    final Paragraph summary = new Paragraph();

    AdherencePanel() {
        setPadding(false);
        setId("adherence");
        grid.addColumn(WeekAdherence::week).setHeader("Week").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WeekAdherence::start).setHeader("From").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> w.done() + " of " + w.planned()).setHeader("Sessions done").setAutoWidth(true);
        grid.addColumn(w -> score(w.effort())).setHeader("Effort (0–10)").setAutoWidth(true);
        grid.addColumn(w -> score(w.pain())).setHeader("Pain (0–10)").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        add(summary, grid);
    }

    void show(List<WeekAdherence> weeks, LocalDate today) {
        List<WeekAdherence> started = weeks.stream().filter(w -> !w.start().isAfter(today)).toList();
        grid.setItems(started);
        grid.setVisible(!started.isEmpty());
        summary.setText(summarise(started));
    }

    /** "Weeks so far: 7 of 10 sessions done (70 %); effort 4 → 5.5; pain 3 → 2 (first → latest week with answers)." */
    static String summarise(List<WeekAdherence> weeks) {
        int planned = weeks.stream().mapToInt(WeekAdherence::planned).sum();
        int done = weeks.stream().mapToInt(WeekAdherence::done).sum();
        if (planned == 0) {
            return "The plan has not started yet: nothing to report from the patient's phone page.";
        }
        if (weeks.stream().allMatch(w -> w.done() == 0)) {
            return "No sessions reported from the phone page yet (" + planned + " planned so far). Give the patient a "
                    + "share link from a saved plan version.";
        }
        return "Weeks so far: " + done + " of " + planned + " sessions done (" + Math.round(100.0 * done / planned)
                + " %)" + trend("effort", weeks.stream().map(WeekAdherence::effort).toList())
                + trend("pain", weeks.stream().map(WeekAdherence::pain).toList()) + ".";
    }

    private static String trend(String label, List<Double> values) {
        List<Double> answered = values.stream().filter(v -> v != null).toList();
        if (answered.isEmpty()) {
            return "";
        }
        if (answered.size() == 1) {
            return "; " + label + " " + score(answered.get(0));
        }
        return "; " + label + " " + score(answered.get(0)) + " → " + score(answered.get(answered.size() - 1));
    }

    private static String score(Double value) {
        if (value == null) {
            return "–";
        }
        return value == Math.rint(value) ? String.valueOf(value.intValue()) : String.valueOf(value);
    }
}
