package org.rehabplan.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.rehabplan.base.ui.ReasonLabels;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.ui.CategoryBadge;

/**
 * A searchable list of exercises that are safe where they would go, best for the plan first, each with its dose and
 * the reason it is safe. Used to add an exercise to a session and to swap one: an unsafe choice is never listed.
 * The "Use this" button comes first in each row so it is never pushed off-screen on a narrow window.
 */
class ChooseExerciseDialog extends Dialog {

    /** One choice: the exercise, its dose there, why it is safe, and whether it makes the plan better. */
    record Choice(Exercise exercise, String dose, String reason, boolean improves) {
        /** The exercise's name in the screen's language. */
        String name() {
            return ReasonLabels.exerciseName(exercise.id(), exercise.name());
        }

        boolean matches(String term) {
            return term.isEmpty() || (name() + " " + exercise.name() + " " + exercise.category().label())
                    .toLowerCase(Locale.ROOT)
                    .contains(term);
        }
    }

    final TextField search = new TextField();
    final Grid<Choice> grid = new Grid<>();
    private final List<Choice> choices;

    ChooseExerciseDialog(String title, String intro, String empty, List<Choice> choices, Consumer<Choice> onChoose) {
        this.choices = choices;
        setHeaderTitle(title);
        setWidth("min(1000px, 94vw)");
        setMaxWidth("94vw");
        setResizable(true);
        search.setLabel(getTranslation("choose.search"));
        search.setPlaceholder(getTranslation("choose.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.addValueChangeListener(e -> filter());
        grid.addComponentColumn(c -> {
            Button choose = new Button(getTranslation("choose.use"), e -> {
                close();
                onChoose.accept(c);
            });
            choose.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            choose.setAriaLabel(getTranslation("choose.use.aria", c.name()));
            return choose;
        }).setHeader(getTranslation("choose.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> {
            Div cell = new Div(new Span(c.name()));
            if (c.improves()) {
                Span better = new Span(getTranslation("choose.improves"));
                better.addClassName("rp-better");
                cell.add(better);
            }
            return cell;
        }).setHeader(getTranslation("choose.exercise")).setFlexGrow(2);
        grid.addComponentColumn(c -> new CategoryBadge(c.exercise().category()))
                .setHeader(getTranslation("choose.category")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Choice::dose).setHeader(getTranslation("choose.dose")).setFlexGrow(1);
        grid.addColumn(Choice::reason).setHeader(getTranslation("choose.reason")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("min(460px, 60vh)");
        grid.setAriaLabel(title);
        filter();
        add(new Paragraph(choices.isEmpty() ? empty : intro), search, grid);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel);
    }

    private void filter() {
        String term = search.getValue().trim().toLowerCase(Locale.ROOT);
        grid.setItems(choices.stream().filter(c -> c.matches(term)).toList());
    }
}
