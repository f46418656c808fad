package org.rehabplan.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;
import org.rehabplan.base.Numbers;
import org.rehabplan.catalog.ui.CategoryBadge;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.picture.ExercisePictures;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.Movement;

/** Everything about one exercise, and whether it could be scheduled for a chosen patient. */
class ExerciseDetail extends VerticalLayout {

    private final Catalog catalog;
    private final ExerciseExclusions exclusions;
    final ComboBox<ExerciseExclusions.PatientChoice> patient = new ComboBox<>("For patient");
    private final Div body = new Div();
    private final Div forPatient = new Div();
    private Exercise current;

    private final ExercisePictures pictures;

    ExerciseDetail(Catalog catalog, ExerciseExclusions exclusions, ExercisePictures pictures) {
        this.pictures = pictures;
        this.catalog = catalog;
        this.exclusions = exclusions;
        addClassName("rp-detail");
        patient.setItems(exclusions.patients());
        patient.setItemLabelGenerator(ExerciseExclusions.PatientChoice::label);
        patient.setClearButtonVisible(true);
        patient.setHelperText("See whether this exercise is safe for a patient, and if not, why");
        patient.setWidthFull();
        patient.addValueChangeListener(e -> showForPatient());
        add(new Paragraph("Choose an exercise to see its instructions, precautions and sources."));
    }

    void show(Exercise exercise) {
        current = exercise;
        removeAll();
        if (exercise == null) {
            add(new Paragraph("Choose an exercise to see its instructions, precautions and sources."));
            return;
        }
        body.removeAll();
        body.add(new H3(exercise.name()), new CategoryBadge(exercise.category()),
                new Paragraph("Level " + exercise.level() + " · " + org.rehabplan.base.ui.DisplayFormats.label(exercise.position()).toLowerCase()
                        + " · balance demand " + org.rehabplan.base.ui.DisplayFormats.label(exercise.balanceDemand()).toLowerCase()
                        + " · from " + exercise.minWeeksAfterProcedure() + " weeks after the procedure · "
                        + (exercise.externalLoadKg() > 0 ? exercise.externalLoadKg() + " kg · " : "")
                        + "about " + Numbers.plain(exercise.minutes()) + " min"),
                new Paragraph("Movements: " + (exercise.movements().isEmpty() ? "spine kept neutral"
                        : exercise.movements().stream().map(Movement::phrase).collect(Collectors.joining(", ")))
                        + " · Equipment: " + (exercise.equipment().isEmpty() ? "none"
                        : exercise.equipment().stream().map(e -> e.label().toLowerCase())
                        .collect(Collectors.joining(", ")))));
        // start and finish position, the same drawing the patient's handout and phone page show
        pictures.svg(exercise.id(), exercise.name()).ifPresent(svg ->
                body.add(new Html("<div class=\"rp-detail-picture\">" + svg + "</div>")));
        if (exercise.isContraindicated()) {
            Paragraph warning = new Paragraph("Contraindicated after a vertebral fracture: kept in the catalog "
                    + "so plans can show it is refused; never scheduled.");
            warning.addClassName("rp-unsafe");
            body.add(warning);
        }
        body.add(section("How to do it", ordered(exercise.instructions())), section("Cues", list(exercise.cues())),
                section("Precautions", list(exercise.precautions())), section("Sources", list(exercise.sources())));
        link(exercise.progression(), "Harder: ");
        link(exercise.regression(), "Easier: ");
        add(patient, forPatient, body);
        showForPatient();
    }

    private void link(String id, String label) {
        if (id != null) {
            catalog.find(id).ifPresent(e -> body.add(new Paragraph(label + e.name())));
        }
    }

    private void showForPatient() {
        forPatient.removeAll();
        if (current == null || patient.getValue() == null) {
            return;
        }
        List<String> reasons = exclusions.reasonsAgainst(current, patient.getValue().id());
        if (reasons.isEmpty()) {
            Paragraph ok = new Paragraph("Safe for " + patient.getValue().label() + " in every week of the plan.");
            ok.addClassName("rp-safe");
            forPatient.add(ok);
        } else {
            forPatient.add(new H4("Why it would be excluded for " + patient.getValue().label()), list(reasons));
        }
    }

    private static Component section(String title, Component content) {
        return new Div(new H4(title), content);
    }

    private static UnorderedList list(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(l -> list.add(new ListItem(l)));
        return list;
    }

    private static OrderedList ordered(List<String> lines) {
        OrderedList list = new OrderedList();
        lines.forEach(l -> list.add(new ListItem(l)));
        return list;
    }
}
