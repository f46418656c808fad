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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Contact details · RehabPlan")
@Menu(order = 80, icon = "vaadin:phone", title = "Contact details")
@PermitAll
public class ContactSettingsView extends VerticalLayout {

    private final ClinicService clinic;
    final TextField therapistName = new TextField("Your name as patients see it");
    final TextField directPhone = new TextField("Your direct phone (optional)");
    final TextField clinicName = new TextField("Clinic name");
    final TextField clinicPhone = new TextField("Clinic phone");
    final TextField address = new TextField("Address");
    final TextField hours = new TextField("Opening hours");
    final com.vaadin.flow.component.select.Select<WeightUnits> units = new com.vaadin.flow.component.select.Select<>();
    final Button saveOwn = new Button("Save my details");
    final Button saveClinic = new Button("Save clinic details");

    public ContactSettingsView(ClinicService clinic) {
        this.clinic = clinic;
        setMaxWidth("48em");
        add(new H2("Contact details on patients' handouts"),
                new Paragraph("The cover and every page of a patient's printed schedule and phone page say whom to "
                        + "call. Without a direct phone, patients are given the clinic's."));

        TherapistDetails own = clinic.therapist(CurrentUser.name());
        therapistName.setValue(own.name());
        directPhone.setValue(own.directPhone() == null ? "" : own.directPhone());
        directPhone.setHelperText("e.g. +44 20 7946 0123");
        saveOwn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveOwn.addClickListener(e -> saveOwn());
        add(new H3("You"), form(therapistName, directPhone), saveOwn);

        if (CurrentUser.hasRole("ADMIN")) {
            ClinicDetails details = clinic.clinic();
            clinicName.setValue(details.name());
            clinicPhone.setValue(details.phone());
            address.setValue(details.address() == null ? "" : details.address());
            hours.setValue(details.openingHours() == null ? "" : details.openingHours());
            hours.setHelperText("e.g. Monday to Friday, 8 am to 6 pm");
            units.setLabel(getTranslation("clinic.units"));
            units.setItems(WeightUnits.values());
            units.setItemLabelGenerator(u -> getTranslation("clinic.units." + u.name()));
            units.setHelperText(getTranslation("clinic.units.helper"));
            units.setValue(details.units());
            saveClinic.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveClinic.addClickListener(e -> saveClinic());
            FormLayout clinicForm = form(clinicName, clinicPhone, address, hours);
            clinicForm.add(units);
            add(new H3("The clinic (admins)"), clinicForm, saveClinic);
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
            Notifications.success("Your contact details are saved");
        } catch (InvalidContactException e) {
            show(e.problems(), Map.of("name", therapistName, "directPhone", directPhone));
        }
    }

    void saveClinic() {
        clearErrors();
        try {
            clinic.saveClinic(new ClinicDetails(clinicName.getValue(), clinicPhone.getValue(), address.getValue(),
                    hours.getValue(), units.getValue()));
            Notifications.success("The clinic's details are saved");
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
        Notifications.error("Nothing was saved: " + String.join("; ", problems.values()));
    }

    private void clearErrors() {
        for (TextField field : new TextField[] {therapistName, directPhone, clinicName, clinicPhone, address, hours}) {
            field.setInvalid(false);
        }
    }
}
