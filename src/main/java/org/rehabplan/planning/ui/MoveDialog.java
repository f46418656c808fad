package org.rehabplan.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.function.Consumer;
import org.rehabplan.base.ui.DisplayFormats;
import org.rehabplan.planning.service.PlanEditor.MoveTarget;

/** Moves an exercise to another day of the same week; only days where the plan stays safe are offered. */
class MoveDialog extends Dialog {

    final RadioButtonGroup<MoveTarget> days = new RadioButtonGroup<>();
    final Button move = new Button();

    MoveDialog(String exerciseName, List<MoveTarget> targets, Consumer<MoveTarget> onMove) {
        setHeaderTitle(getTranslation("move.title", exerciseName));
        days.setLabel(getTranslation("move.to"));
        days.setItems(targets);
        days.setItemLabelGenerator(t -> DisplayFormats.dayAndDate(t.date(), getLocale()));
        move.setText(getTranslation("move.confirm"));
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.setEnabled(false);
        days.addValueChangeListener(e -> move.setEnabled(e.getValue() != null));
        move.addClickListener(e -> {
            close();
            onMove.accept(days.getValue());
        });
        if (targets.isEmpty()) {
            add(new Paragraph(getTranslation("move.none")));
        } else {
            add(new Paragraph(getTranslation("move.intro")), days);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), move);
    }
}
