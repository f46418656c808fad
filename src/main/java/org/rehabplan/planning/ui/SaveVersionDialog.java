package org.rehabplan.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks for an optional note, then saves the plan as the patient's next version. */
class SaveVersionDialog extends Dialog {

    static final int MAX_NOTE = 500;

    final TextArea note = new TextArea(getTranslation("save.note"));
    final Button save = new Button(getTranslation("workspace.save"));

    SaveVersionDialog(int nextVersion, Consumer<String> onSave) {
        setHeaderTitle(getTranslation("save.title", nextVersion));
        note.setMaxLength(MAX_NOTE);
        note.setAutofocus(true); // keyboard users type the note straight away, then Tab to "Save version"
        note.setWidthFull();
        note.setHelperText(getTranslation("save.note.help"));
        note.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        note.addValueChangeListener(e -> note.setHelperText(e.getValue().length() + "/" + MAX_NOTE));
        add(new Paragraph(getTranslation("save.text")), note);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            close();
            onSave.accept(note.getValue().isBlank() ? null : note.getValue().strip());
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("32em");
    }
}
