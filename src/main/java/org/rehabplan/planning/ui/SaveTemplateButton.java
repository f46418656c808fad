package org.rehabplan.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Supplier;
import org.rehabplan.base.ui.Notifications;
import org.rehabplan.patient.InvalidProfileException;
import org.rehabplan.planning.template.PlanTemplateService;
import org.rehabplan.planning.template.TemplateChoices;

/**
 * "Save as template": keeps the plan's choices (favourites, lasting exclusions, locked exercises by week) under a
 * name for the patient's protocol, to start new patients from.
 */
public class SaveTemplateButton extends Button {

    /** What the plan on screen would give a template; null when there is no plan yet. */
    public record Source(String protocolId, TemplateChoices choices) {
    }

    private final PlanTemplateService templates;
    private final Supplier<Source> source;

    public SaveTemplateButton(PlanTemplateService templates, Supplier<Source> source) {
        setText(getTranslation("template.save"));
        setIcon(VaadinIcon.BOOKMARK.create());
        this.templates = templates;
        this.source = source;
        setTooltipText(getTranslation("template.save.tip"));
        addClickListener(e -> open());
    }

    void open() {
        Source from = source.get();
        if (from == null) {
            Notifications.error(getTranslation("template.save.noplan"));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("template.save.title"));
        TextField name = new TextField(getTranslation("template.name"));
        name.setMaxLength(120);
        name.setWidthFull();
        name.setAutofocus(true);
        TemplateChoices c = from.choices();
        dialog.add(new Paragraph(getTranslation("template.save.keeps", c.favouriteExerciseIds().size(),
                c.excludedExerciseIds().size(), c.locks().size())), name);
        Button save = new Button(getTranslation("template.save.confirm"), e -> {
            try {
                templates.save(name.getValue(), from.protocolId(), c);
                Notifications.success(getTranslation("template.saved", name.getValue().trim()));
                dialog.close();
            } catch (InvalidProfileException refused) {
                name.setErrorMessage(refused.problems().getFirst().message());
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("template.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
