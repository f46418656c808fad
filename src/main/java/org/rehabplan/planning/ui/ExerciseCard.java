package org.rehabplan.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.rehabplan.base.ui.ReasonLabels;
import org.rehabplan.catalog.ui.CategoryBadge;
import org.rehabplan.plan.PlanResult.ScheduledExercise;

/** One scheduled exercise: name, category, dose, lock / swap / dose / move / remove buttons, and why it is there. */
class ExerciseCard extends Div {

    final Button lock;
    final Button swap;
    final Button move;
    final Button remove;
    final Button dose;

    /** What the card's buttons do. */
    record Handlers(Runnable toggleLock, Runnable swap, Runnable move, Runnable remove, Runnable editDose) {
    }

    ExerciseCard(ScheduledExercise exercise, Handlers handlers, boolean editable) {
        addClassNames("rp-exercise", CategoryBadge.cssClass(exercise.category()));
        if (exercise.locked()) {
            addClassName("rp-locked");
        }
        String shown = ReasonLabels.exerciseName(exercise.exerciseId(), exercise.name());
        Span name = new Span(shown);
        name.addClassName("rp-exercise-name");
        Span doseLine = new Span(doseText(exercise) + " · " + getTranslation("exercise.level", exercise.level())
                + (exercise.doseEdited() ? " · " + getTranslation("exercise.dose.edited") : ""));
        doseLine.addClassName("rp-exercise-dose");
        lock = iconButton(exercise.locked() ? VaadinIcon.LOCK : VaadinIcon.UNLOCK,
                getTranslation(exercise.locked() ? "exercise.unlock" : "exercise.lock", shown),
                getTranslation(exercise.locked() ? "exercise.unlock.tip" : "exercise.lock.tip"), handlers.toggleLock());
        swap = iconButton(VaadinIcon.EXCHANGE, getTranslation("exercise.swap", shown),
                getTranslation("exercise.swap.tip"), handlers.swap());
        move = iconButton(VaadinIcon.CALENDAR_O, getTranslation("exercise.move", shown),
                getTranslation("exercise.move.tip"), handlers.move());
        remove = iconButton(VaadinIcon.TRASH, getTranslation("exercise.remove", shown),
                getTranslation("exercise.remove.tip"), handlers.remove());
        dose = iconButton(VaadinIcon.SLIDERS, getTranslation("exercise.dose", shown),
                getTranslation("exercise.dose.tip"), handlers.editDose());
        for (Button b : new Button[] {lock, swap, move, remove, dose}) {
            b.setEnabled(editable);
        }
        HorizontalLayout header = new HorizontalLayout(new CategoryBadge(exercise.category()));
        if (!exercise.warmUp()) {
            // the warm-up walk is not one of the session's exercises: nothing to lock, swap, move or remove
            header.add(lock, swap, dose, move, remove);
        }
        header.setSpacing(false);
        header.addClassName("rp-exercise-header");
        UnorderedList why = new UnorderedList();
        exercise.why().forEach(reason -> {
            ListItem item = new ListItem(ReasonLabels.of(reason));
            if (org.rehabplan.plan.PlanResult.UNSAFE.equals(reason.code())) {
                item.addClassName("rp-unsafe");
            }
            why.add(item);
        });
        Details details = new Details(getTranslation("exercise.why"), why);
        details.addClassName("rp-why");
        add(header, name, doseLine, details);
    }

    private static Button iconButton(VaadinIcon icon, String label, String tip, Runnable action) {
        Button button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(tip);
        button.addClickListener(e -> action.run());
        return button;
    }

    /** "2 × 10, hold 5 s · 3 min"; a dose that is itself a duration ("5 min") is not repeated. */
    static String doseText(ScheduledExercise exercise) {
        String minutes = ReasonLabels.message("session.minutes", exercise.minutes());
        String dose = ReasonLabels.of(exercise.doseWords());
        return dose.isEmpty() || dose.equals(minutes) ? minutes : dose + " · " + minutes;
    }
}
