package org.rehabplan.patient.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.protocol.Restriction;

/** Add, change and remove a patient's restrictions; rows are read back as {@link Restriction}s. */
class RestrictionEditor extends Composite<VerticalLayout> {

    private final List<Exercise> exercises;
    private final List<RestrictionRow> rows = new ArrayList<>();
    private String weeksAfter;
    private final VerticalLayout rowsLayout = new VerticalLayout();
    private final Paragraph empty = new Paragraph(getTranslation("restrictions.none"));
    final Button add = new Button(getTranslation("restrictions.add"), VaadinIcon.PLUS.create());
    final Button defaults = new Button(getTranslation("restrictions.defaults"), VaadinIcon.REFRESH.create());

    RestrictionEditor(List<Exercise> exercises) {
        this.exercises = exercises;
        rowsLayout.setPadding(false);
        rowsLayout.setSpacing(false);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> addRow(null));
        defaults.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        defaults.setTooltipText(getTranslation("restrictions.defaults.tip"));
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H3(getTranslation("restrictions.title")), empty, rowsLayout, new HorizontalLayout(add, defaults));
    }

    /** How the chosen protocol counts the weeks an end week is given in ("weeks after the fracture"). */
    void countWeeksAs(String weeksAfter) {
        this.weeksAfter = weeksAfter;
        rows.forEach(r -> r.countWeeksAs(weeksAfter));
    }

    void setRestrictions(List<Restriction> restrictions) {
        rows.clear();
        rowsLayout.removeAll();
        restrictions.forEach(this::addRow);
        empty.setVisible(rows.isEmpty());
    }

    List<Restriction> read() {
        return rows.stream().map(RestrictionRow::read).toList();
    }

    void showProblem(int index, String field, String message) {
        if (index >= 0 && index < rows.size()) {
            rows.get(index).showProblem(field, message);
        }
    }

    /** How many fields of the rows are shown in red. */
    long invalidFieldCount() {
        return rows.stream().mapToLong(RestrictionRow::invalidFieldCount).sum();
    }

    void clearProblems() {
        rows.forEach(RestrictionRow::clearProblems);
    }

    private void addRow(Restriction restriction) {
        RestrictionRow[] holder = new RestrictionRow[1];
        holder[0] = new RestrictionRow(exercises, restriction, () -> {
            rows.remove(holder[0]);
            rowsLayout.remove(holder[0]);
            empty.setVisible(rows.isEmpty());
        });
        if (weeksAfter != null) {
            holder[0].countWeeksAs(weeksAfter);
        }
        rows.add(holder[0]);
        rowsLayout.add(holder[0]);
        empty.setVisible(false);
    }
}
