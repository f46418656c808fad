package org.rehabplan.clinic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.base.ui.Notifications;
import org.rehabplan.clinic.ClinicDetails;
import org.rehabplan.clinic.ClinicService;
import org.rehabplan.clinic.InvalidContactException;
import org.rehabplan.clinic.TherapistDetails;
import org.rehabplan.clinic.WeightUnits;

/**
 * What patients' handouts say about who to call: every therapist sets their own name and direct phone; an admin also
 * sets the clinic's name, phone, address and opening hours.
 */
@Route("settings/contact")
@Menu(order = 80, icon = "vaadin:phone", title = "Contact details")
@PermitAll
public class ContactSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final ClinicService clinic;
    final TextField therapistName = new TextField(getTranslation("contact.your.name"));
    final TextField directPhone = new TextField(getTranslation("contact.your.phone"));
    final TextField clinicName = new TextField(getTranslation("contact.clinic.name"));
    final TextField clinicPhone = new TextField(getTranslation("contact.clinic.phone"));
    final TextField address = new TextField(getTranslation("contact.address"));
    final TextField hours = new TextField(getTranslation("contact.hours"));
    final com.vaadin.flow.component.select.Select<WeightUnits> units = new com.vaadin.flow.component.select.Select<>();
    final Button saveOwn = new Button(getTranslation("contact.save.own"));
    final Button saveClinic = new Button(getTranslation("contact.save.clinic"));

    public ContactSettingsView(ClinicService clinic) {
        this.clinic = clinic;
        setMaxWidth("48em");
        add(new H2(getTranslation("contact.title")), new Paragraph(getTranslation("contact.text")));

        TherapistDetails own = clinic.therapist(CurrentUser.name());
        therapistName.setValue(own.name());
        directPhone.setValue(own.directPhone() == null ? "" : own.directPhone());
        directPhone.setHelperText(getTranslation("contact.phone.example"));
        saveOwn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveOwn.addClickListener(e -> saveOwn());
        add(new H3(getTranslation("contact.you")), form(therapistName, directPhone), saveOwn);

        if (CurrentUser.hasRole("ADMIN")) {
            ClinicDetails details = clinic.clinic();
            clinicName.setValue(details.name());
            clinicPhone.setValue(details.phone());
            address.setValue(details.address() == null ? "" : details.address());
            hours.setValue(details.openingHours() == null ? "" : details.openingHours());
            hours.setHelperText(getTranslation("contact.hours.example"));
            units.setLabel(getTranslation("clinic.units"));
            units.setItems(WeightUnits.values());
            units.setItemLabelGenerator(u -> getTranslation("clinic.units." + u.name()));
            units.setHelperText(getTranslation("clinic.units.helper"));
            units.setValue(details.units());
            saveClinic.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveClinic.addClickListener(e -> saveClinic());
            FormLayout clinicForm = form(clinicName, clinicPhone, address, hours);
            clinicForm.add(units);
            add(new H3(getTranslation("contact.clinic")), clinicForm, saveClinic);
        }
    }

    private static FormLayout form(TextField... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        return form;
    }

    void saveOwn() {
        clearErrors();
        try {
            clinic.saveOwnContact(new TherapistDetails(therapistName.getValue(), directPhone.getValue()));
            Notifications.success(getTranslation("contact.saved.own"));
        } catch (InvalidContactException e) {
            show(e.problems(), Map.of("name", therapistName, "directPhone", directPhone));
        }
    }

    void saveClinic() {
        clearErrors();
        try {
            clinic.saveClinic(new ClinicDetails(clinicName.getValue(), clinicPhone.getValue(), address.getValue(),
                    hours.getValue(), units.getValue()));
            Notifications.success(getTranslation("contact.saved.clinic"));
        } catch (InvalidContactException e) {
            show(e.problems(), Map.of("name", clinicName, "phone", clinicPhone, "address", address,
                    "openingHours", hours));
        }
    }

    private void show(Map<String, String> problems, Map<String, TextField> fields) {
        problems.forEach((field, message) -> {
            TextField target = fields.get(field);
            if (target != null) {
                target.setInvalid(true);
                target.setErrorMessage(message);
            }
        });
        Notifications.error(getTranslation("contact.not.saved", String.join("; ", problems.values())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contact.page.title");
    }

    private void clearErrors() {
        for (TextField field : new TextField[] {therapistName, directPhone, clinicName, clinicPhone, address, hours}) {
            field.setInvalid(false);
        }
    }
}
