package org.rehabplan.catalog.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.rehabplan.catalog.ui.CategoryBadge;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.picture.ExercisePictures;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.Position;

/** Search and filter the exercise catalog; the detail pane shows everything about one exercise. */
@PermitAll
@Route("catalog")
@PageTitle("Exercise catalog · RehabPlan")
@Menu(order = 2, icon = "vaadin:book", title = "Exercise catalog")
public class CatalogView extends VerticalLayout {

    private final List<Exercise> all;
    final TextField text = new TextField();
    final ComboBox<Category> category = new ComboBox<>("Category");
    final ComboBox<Position> position = new ComboBox<>("Position");
    final MultiSelectComboBox<Equipment> equipment = new MultiSelectComboBox<>("Uses only");
    final IntegerField maxLevel = new IntegerField("Level up to");
    final Grid<Exercise> grid = new Grid<>();
    final ExerciseDetail detail;

    CatalogView(Catalog catalog, ExerciseExclusions exclusions, ExercisePictures pictures) {
        this.all = catalog.exercises();
        this.detail = new ExerciseDetail(catalog, exclusions, pictures);
        addClassName("rp-page");
        setSizeFull();
        text.setLabel("Search");
        text.setPlaceholder("Name, instruction or id");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.setClearButtonVisible(true);
        category.setItems(Category.values());
        category.setItemLabelGenerator(Category::label);
        category.setClearButtonVisible(true);
        position.setItems(Position.values());
        position.setItemLabelGenerator(org.rehabplan.base.ui.DisplayFormats::label);
        position.setClearButtonVisible(true);
        equipment.setItems(Equipment.values());
        equipment.setItemLabelGenerator(Equipment::label);
        equipment.setHelperText("Exercises needing nothing else");
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

        grid.addColumn(Exercise::name).setHeader("Exercise").setSortable(true).setFlexGrow(1)
                .setWidth("14em");
        grid.addComponentColumn(e -> new CategoryBadge(e.category())).setHeader("Category")
                .setComparator(Exercise::category).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> org.rehabplan.base.ui.DisplayFormats.label(e.position())).setHeader("Position")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Exercise::level).setHeader("Level").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.isContraindicated() ? "Never scheduled" : "from week " + e.minWeeksAfterProcedure())
                .setHeader("Use").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeightFull();
        grid.asSingleSelect().addValueChangeListener(e -> detail.show(e.getValue()));

        SplitLayout split = new SplitLayout(grid, detail);
        split.setSplitterPosition(64);
        split.setSizeFull();
        split.setMinHeight("32em");
        add(new H1("Exercise catalog"), filters, split);
        setFlexGrow(1, split); // the list and the detail take the rest of the screen
        filter();
    }

    void filter() {
        String term = text.getValue().trim().toLowerCase(Locale.ROOT);
        grid.setItems(all.stream()
                .filter(e -> term.isEmpty() || (e.name() + " " + e.id() + " " + String.join(" ", e.instructions()))
                        .toLowerCase(Locale.ROOT).contains(term))
                .filter(e -> category.getValue() == null || e.category() == category.getValue())
                .filter(e -> position.getValue() == null || e.position() == position.getValue())
                .filter(e -> equipment.getValue().isEmpty() || equipment.getValue().containsAll(e.equipment()))
                .filter(e -> maxLevel.getValue() == null || e.level() <= maxLevel.getValue())
                .toList());
    }
}
