package org.rehabplan.visit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
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
        grid.addColumn(WeekAdherence::week).setHeader(getTranslation("followup.col.week")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> org.rehabplan.base.ui.DisplayFormats.date(w.start(), getLocale()))
                .setHeader(getTranslation("adherence.col.from")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> getTranslation("adherence.done.of", w.done(), w.planned()))
                .setHeader(getTranslation("adherence.col.done")).setAutoWidth(true);
        grid.addColumn(w -> score(w.effort())).setHeader(getTranslation("adherence.col.effort")).setAutoWidth(true);
        grid.addColumn(w -> score(w.pain())).setHeader(getTranslation("adherence.col.pain")).setAutoWidth(true);
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
            return I18NProvider.translate("adherence.not.started");
        }
        if (weeks.stream().allMatch(w -> w.done() == 0)) {
            return I18NProvider.translate("adherence.none", planned);
        }
        return I18NProvider.translate("adherence.summary", done, planned, Math.round(100.0 * done / planned))
                + trend(I18NProvider.translate("adherence.effort"), weeks.stream().map(WeekAdherence::effort).toList())
                + trend(I18NProvider.translate("adherence.pain"), weeks.stream().map(WeekAdherence::pain).toList())
                + ".";
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
