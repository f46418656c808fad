package org.rehabplan.catalog.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.ExerciseText;
import org.rehabplan.catalog.MissingTranslation;
import org.rehabplan.catalog.Position;
import org.rehabplan.catalog.picture.ExercisePictures;
import org.rehabplan.catalog.ui.CategoryBadge;

/** Search and filter the exercise catalog; the detail pane shows everything about one exercise. */
@PermitAll
@Route("catalog")
@Menu(order = 2, icon = "vaadin:book", title = "Exercise catalog")
public class CatalogView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("title.page", getTranslation("menu.catalog"));
    }

    private final List<Exercise> all;
    final TextField text = new TextField();
    final ComboBox<Category> category = new ComboBox<>(getTranslation("catalog.category"));
    final ComboBox<Position> position = new ComboBox<>(getTranslation("catalog.position"));
    final MultiSelectComboBox<Equipment> equipment = new MultiSelectComboBox<>(getTranslation("catalog.uses.only"));
    final IntegerField maxLevel = new IntegerField(getTranslation("catalog.level.up.to"));
    final Grid<Exercise> grid = new Grid<>();
    final ExerciseDetail detail;
    private final Catalog catalog;

    CatalogView(Catalog catalog, ExerciseExclusions exclusions, ExercisePictures pictures) {
        this.catalog = catalog;
        this.all = catalog.exercises();
        this.detail = new ExerciseDetail(catalog, exclusions, pictures);
        addClassName("rp-page");
        setSizeFull();
        text.setLabel(getTranslation("catalog.search"));
        text.setPlaceholder(getTranslation("catalog.search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.setClearButtonVisible(true);
        category.setItems(Category.values());
        category.setItemLabelGenerator(org.rehabplan.base.ui.DisplayFormats::label);
        category.setClearButtonVisible(true);
        position.setItems(Position.values());
        position.setItemLabelGenerator(org.rehabplan.base.ui.DisplayFormats::label);
        position.setClearButtonVisible(true);
        equipment.setItems(Equipment.values());
        equipment.setItemLabelGenerator(org.rehabplan.base.ui.DisplayFormats::label);
        equipment.setHelperText(getTranslation("catalog.uses.only.help"));
        maxLevel.setMin(1);
        maxLevel.setMax(5);
        maxLevel.setStepButtonsVisible(true);
        maxLevel.setClearButtonVisible(true);
        text.addValueChangeListener(e -> filter());
        category.addValueChangeListener(e -> filter());
        position.addValueChangeListener(e -> filter());
        equipment.addValueChangeListener(e -> filter());
        maxLevel.addValueChangeListener(e -> filter());
        HorizontalLayout filters = new HorizontalLayout(text, category, position, equipment, maxLevel);
        filters.setWrap(true);

        grid.addColumn(this::name).setHeader(getTranslation("catalog.col.exercise")).setSortable(true).setFlexGrow(1)
                .setWidth("14em");
        grid.addComponentColumn(e -> new CategoryBadge(e.category())).setHeader(getTranslation("catalog.category"))
                .setComparator(Exercise::category).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> org.rehabplan.base.ui.DisplayFormats.label(e.position())).setHeader(getTranslation("catalog.position"))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Exercise::level).setHeader(getTranslation("catalog.col.level")).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.isContraindicated() ? getTranslation("catalog.never")
                        : getTranslation("catalog.from.week", e.minWeeksAfterProcedure()))
                .setHeader(getTranslation("catalog.col.use")).setAutoWidth(true).setFlexGrow(0);
        // a patient reading another language would see the English of this exercise: say which languages lack it
        grid.addColumn(e -> catalog.languagesMissing(e.id()).stream().map(l -> getTranslation("language." + l))
                        .collect(java.util.stream.Collectors.joining(", ")))
                .setHeader(getTranslation("catalog.texts.missing.column")).setAutoWidth(true).setFlexGrow(0);
        // long names wrap instead of ending in "…" on narrower screens
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeightFull();
        grid.asSingleSelect().addValueChangeListener(e -> detail.show(e.getValue()));

        SplitLayout split = new SplitLayout(grid, detail);
        split.setSplitterPosition(68);
        split.setSizeFull();
        split.setMinHeight("32em");
        add(new H1(getTranslation("menu.catalog")));
        missingTexts(catalog);
        add(filters, split);
        setFlexGrow(1, split); // the list and the detail take the rest of the screen
        filter();
    }

    /** One line per language whose texts are incomplete, so a clinic sees it before a patient's papers do. */
    private void missingTexts(Catalog catalog) {
        catalog.missingTranslations().stream()
                .collect(java.util.stream.Collectors.groupingBy(MissingTranslation::language, java.util.TreeMap::new,
                        java.util.stream.Collectors.mapping(MissingTranslation::exerciseId,
                                java.util.stream.Collectors.toCollection(java.util.TreeSet::new))))
                .forEach((language, ids) -> {
                    Paragraph note = new Paragraph(getTranslation("catalog.texts.missing", ids.size(),
                            getTranslation("language." + language)));
                    note.addClassName("rp-texts-missing");
                    add(note);
                });
    }

    /** The exercise's name in the screen's language (English where the catalog has no translation). */
    private String name(Exercise e) {
        return catalog.text(e, getLocale().getLanguage()).name();
    }

    /** Found by its name and steps in the screen's language, its English name or its id. */
    private String searchable(Exercise e) {
        ExerciseText shown = catalog.text(e, getLocale().getLanguage());
        return shown.name() + " " + e.name() + " " + e.id() + " " + String.join(" ", shown.instructions());
    }

    void filter() {
        String term = text.getValue().trim().toLowerCase(Locale.ROOT);
        grid.setItems(all.stream()
                .filter(e -> term.isEmpty() || searchable(e).toLowerCase(Locale.ROOT).contains(term))
                .filter(e -> category.getValue() == null || e.category() == category.getValue())
                .filter(e -> position.getValue() == null || e.position() == position.getValue())
                .filter(e -> equipment.getValue().isEmpty() || equipment.getValue().containsAll(e.equipment()))
                .filter(e -> maxLevel.getValue() == null || e.level() <= maxLevel.getValue())
                .toList());
    }
}
