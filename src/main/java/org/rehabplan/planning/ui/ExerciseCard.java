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
import org.rehabplan.base.ui.CategoryBadge;
import org.rehabplan.planning.PlanResult.ScheduledExercise;

/** One scheduled exercise: name, category, dose, lock and swap buttons, and why it is there. */
class ExerciseCard extends Div {

    final Button lock;
    final Button swap;

    ExerciseCard(ScheduledExercise exercise, Runnable onToggleLock, Runnable onSwap, boolean editable) {
        addClassNames("rp-exercise", CategoryBadge.cssClass(exercise.category()));
        if (exercise.locked()) {
            addClassName("rp-locked");
        }
        Span name = new Span(exercise.name());
        name.addClassName("rp-exercise-name");
        Span dose = new Span(doseText(exercise)
                + " · level " + exercise.level());
        dose.addClassName("rp-exercise-dose");
        lock = new Button(exercise.locked() ? VaadinIcon.LOCK.create() : VaadinIcon.UNLOCK.create());
        lock.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        String lockText = exercise.locked() ? "Unlock " + exercise.name() : "Lock " + exercise.name();
        lock.setAriaLabel(lockText);
        lock.setTooltipText(exercise.locked() ? "Locked: kept when re-solving. Click to unlock."
                : "Lock: keep this exercise here when re-solving");
        lock.addClickListener(e -> onToggleLock.run());
        swap = new Button(VaadinIcon.EXCHANGE.create());
        swap.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        swap.setAriaLabel("Swap " + exercise.name());
        swap.setTooltipText("Swap for a safe alternative");
        swap.addClickListener(e -> onSwap.run());
        lock.setEnabled(editable);
        swap.setEnabled(editable);
        HorizontalLayout header = new HorizontalLayout(new CategoryBadge(exercise.category()));
        if (!exercise.warmUp()) {
            header.add(lock, swap); // the warm-up walk is not one of the session's exercises: nothing to lock or swap
        }
        header.setSpacing(false);
        header.addClassName("rp-exercise-header");
        UnorderedList why = new UnorderedList();
        exercise.why().forEach(reason -> {
            ListItem item = new ListItem(reason);
            if (reason.startsWith("UNSAFE")) {
                item.addClassName("rp-unsafe");
            }
            why.add(item);
        });
        Details details = new Details("Why", why);
        details.addClassName("rp-why");
        add(header, name, dose, details);
    }

    /** "2 × 10, hold 5 s · 3 min"; a dose that is itself a duration ("5 min") is not repeated. */
    static String doseText(ScheduledExercise exercise) {
        String minutes = exercise.minutes() + " min";
        if (exercise.dose().isEmpty() || exercise.dose().equals(minutes)) {
            return minutes;
        }
        return exercise.dose() + " · " + minutes;
    }
}
