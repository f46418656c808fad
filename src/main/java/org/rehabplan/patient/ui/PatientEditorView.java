package org.rehabplan.patient.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rehabplan.base.ui.Notifications;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.patient.InvalidProfileException;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientNotFoundException;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.patient.ProfileProblem;
import org.rehabplan.patient.ProfileValidator;
import org.rehabplan.protocol.Protocol;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Create a patient or edit one; saving goes on to the patient's plan workspace. */
@PermitAll
@Route("patients/new")
@RouteAlias("patients/:patientId/edit")
public class PatientEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PatientService patients;
    private final ProfileValidator validator;
    private final PatientForm form;
    private final H1 title = new H1();
    private Patient editing;
    private boolean restrictionsTouched;

    PatientEditorView(PatientService patients, ProfileValidator validator, Catalog catalog, Protocol protocol) {
        this.patients = patients;
        this.validator = validator;
        this.form = new PatientForm(catalog.exercises().stream().filter(e -> !e.isContraindicated()).toList(),
                protocol);
        addClassName("rp-page");
        setMaxWidth("1100px");
        add(title, form);
        form.addSaveListener(e -> save(e.profile()));
        form.setCheck(validator::problems);
        form.addCancelListener(e -> getUI().ifPresent(ui -> ui.navigate("patients")));
        form.restrictions.add.addClickListener(e -> restrictionsTouched = true);
        // New patients start from the protocol's default restrictions for their weeks after the procedure.
        form.procedureDate.addValueChangeListener(e -> applyDefaultsIfNew());
        form.planStart.addValueChangeListener(e -> applyDefaultsIfNew());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters params = event.getRouteParameters();
        if (params.get("patientId").isEmpty()) {
            editing = null;
            title.setText(getTranslation("patients.new"));
            form.setProfile(newPatientDefaults());
            return;
        }
        editing = params.getLong("patientId").flatMap(patients::find).orElse(null);
        if (editing == null) {
            Notifications.error(getTranslation("patient.not.found"));
            event.forwardTo("patients");
            return;
        }
        title.setText(getTranslation("patient.edit.title", editing.getDisplayName()));
        form.setProfile(patients.profile(editing));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.page", title.getText());
    }

    private void applyDefaultsIfNew() {
        if (editing == null && !restrictionsTouched && form.weeksAfterProcedureAtStart() != null
                && form.weeksAfterProcedureAtStart() >= 0) {
            form.applyProtocolDefaults();
        }
    }

    private static PatientProfile newPatientDefaults() {
        return new PatientProfile("", null, null, null, LocalDate.now(), 8, 3,
                List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 30, null, null, false, false,
                Set.of(), List.of(), List.of());
    }

    private void save(PatientProfile profile) {
        List<ProfileProblem> problems = validator.problems(profile);
        form.showProblems(problems);
        if (!problems.isEmpty()) {
            return;
        }
        try {
            Patient saved = editing == null ? patients.create(profile)
                    : patients.update(editing.getId(), editing.getVersion(), profile);
            Notifications.success(getTranslation("patient.saved", saved.getDisplayName()));
            getUI().ifPresent(ui -> ui.navigate("patients/" + saved.getId() + "/workspace"));
        } catch (InvalidProfileException e) {
            form.showProblems(e.problems());
        } catch (ObjectOptimisticLockingFailureException e) {
            // Never overwrite the other save: keep this user's input on screen and say what happened.
            String message = getTranslation("patient.conflict");
            form.showNotSaved(message);
            Notifications.error(message);
        } catch (PatientNotFoundException e) {
            form.showNotSaved(getTranslation("patient.gone"));
        }
    }
}
