package org.rehabplan.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import org.rehabplan.base.ui.CategoryBadge;
import org.rehabplan.planning.Alternative;

/** Safe alternatives for one exercise, best resulting score first; choosing one swaps it in (locked). */
class SwapDialog extends Dialog {

    final Grid<Alternative> grid = new Grid<>();

    SwapDialog(String exerciseName, List<Alternative> alternatives, Consumer<Alternative> onChoose) {
        setHeaderTitle("Swap " + exerciseName);
        setWidth("900px");
        grid.addColumn(a -> a.exercise().name()).setHeader("Exercise").setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(a -> new CategoryBadge(a.exercise().category())).setHeader("Category")
                .setAutoWidth(true);
        grid.addColumn(a -> a.exercise().level()).setHeader("Level").setAutoWidth(true);
        grid.addColumn(Alternative::dose).setHeader("Dose").setAutoWidth(true);
        grid.addColumn(a -> a.score() + (a.improves() ? " ▲" : "")).setHeader("Plan score if chosen")
                .setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button choose = new Button("Use this", e -> {
                onChoose.accept(a);
                close();
            });
            choose.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return choose;
        });
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setItems(alternatives);
        grid.setHeight("420px");
        add(new Paragraph(alternatives.isEmpty() ? "No other exercise is safe here for this patient this week."
                : "Only exercises that are safe for this patient in this week and fit the session are listed. "
                + "The one you choose is locked, so re-solving keeps it."), grid);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel);
    }
}
