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
import java.util.Optional;
import java.util.stream.Collectors;
import org.rehabplan.base.Numbers;
import org.rehabplan.base.ui.DisplayFormats;
import org.rehabplan.base.ui.ReasonLabels;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.ExerciseText;
import org.rehabplan.catalog.picture.ExercisePictures;
import org.rehabplan.catalog.ui.CategoryBadge;

/** Everything about one exercise, and whether it could be scheduled for a chosen patient. */
class ExerciseDetail extends VerticalLayout {

    private final Catalog catalog;
    private final ExerciseExclusions exclusions;
    final ComboBox<ExerciseExclusions.PatientChoice> patient = new ComboBox<>(getTranslation("catalog.for.patient"));
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
        patient.setHelperText(getTranslation("catalog.for.patient.help"));
        patient.setWidthFull();
        patient.addValueChangeListener(e -> showForPatient());
        add(new Paragraph(getTranslation("catalog.choose")));
    }

    void show(Exercise exercise) {
        current = exercise;
        removeAll();
        if (exercise == null) {
            add(new Paragraph(getTranslation("catalog.choose")));
            return;
        }
        body.removeAll();
        // the catalog in the screen's language; a field without a translation shows the English (and is listed below)
        ExerciseText text = catalog.text(exercise, getLocale().getLanguage());
        body.add(new H3(text.name()), new CategoryBadge(exercise.category()),
                new Paragraph(getTranslation("catalog.facts", exercise.level(),
                        DisplayFormats.label(exercise.position()).toLowerCase(getLocale()),
                        DisplayFormats.label(exercise.balanceDemand()).toLowerCase(getLocale()),
                        // the catalog serves every protocol: weeks count from each patient's anchor date
                        org.rehabplan.base.ui.ReasonLabels.weeksAfter(null, exercise.minWeeksAfterProcedure()))
                        + (exercise.externalLoadKg() > 0 ? " · " + Numbers.plain(exercise.externalLoadKg()) + " kg" : "")
                        + " · " + getTranslation("catalog.about.minutes", Numbers.plain(exercise.minutes()))),
                new Paragraph(getTranslation("catalog.movements", exercise.movements().isEmpty()
                        ? getTranslation("catalog.movements.none")
                        : exercise.movements().stream().map(m -> getTranslation("term.movement." + m.name()))
                        .collect(Collectors.joining(", ")), exercise.equipment().isEmpty()
                        ? getTranslation("catalog.equipment.none")
                        : exercise.equipment().stream().map(e -> getTranslation("term.equipment." + e.name()))
                        .collect(Collectors.joining(", ")))));
        // start and finish position, the same drawing the patient's handout and phone page show
        pictures.svg(exercise.id(), text.name()).ifPresent(svg ->
                body.add(new Html("<div class=\"rp-detail-picture\">" + svg + "</div>")));
        if (exercise.isContraindicated()) {
            Paragraph warning = new Paragraph(getTranslation("catalog.contraindicated"));
            warning.addClassName("rp-unsafe");
            body.add(warning);
        }
        catalog.missingTranslations().stream().filter(m -> m.exerciseId().equals(exercise.id()))
                .collect(Collectors.groupingBy(m -> m.language(), java.util.TreeMap::new,
                        Collectors.mapping(m -> m.field(), Collectors.joining(", "))))
                .forEach((language, fields) -> {
                    Paragraph gap = new Paragraph(getTranslation("catalog.texts.missing.fields",
                            getTranslation("language." + language), fields));
                    gap.addClassName("rp-texts-missing");
                    body.add(gap);
                });
        body.add(section(getTranslation("catalog.how"), ordered(text.instructions())),
                section(getTranslation("catalog.cues"), list(text.cues())),
                section(getTranslation("catalog.precautions"), list(text.precautions())),
                section(getTranslation("catalog.sources"), list(exercise.sources())));
        link(exercise.progression(), "catalog.harder");
        link(exercise.regression(), "catalog.easier");
        add(patient, forPatient, body);
        showForPatient();
    }

    private void link(String id, String key) {
        if (id != null) {
            catalog.find(id).ifPresent(e -> body.add(new Paragraph(getTranslation(key,
                    catalog.text(e, getLocale().getLanguage()).name()))));
        }
    }

    private void showForPatient() {
        forPatient.removeAll();
        if (current == null || patient.getValue() == null) {
            return;
        }
        Optional<List<String>> reasons = exclusions.reasonsAgainst(current, patient.getValue().id())
                .map(ReasonLabels::of);
        if (reasons.isEmpty()) {
            forPatient.add(new Paragraph(getTranslation("catalog.patient.gone")));
        } else if (reasons.get().isEmpty()) {
            Paragraph ok = new Paragraph(getTranslation("catalog.safe.for", patient.getValue().label()));
            ok.addClassName("rp-safe");
            forPatient.add(ok);
        } else {
            forPatient.add(new H4(getTranslation("catalog.excluded.for", patient.getValue().label())),
                    list(reasons.get()));
        }
    }

    private Component section(String title, Component content) {
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
