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
import org.rehabplan.protocol.ProtocolRegistry;
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
    private final org.rehabplan.patient.PatientTemplates templates;
    /** "Start from a template" (new patients only): the therapist's templates for the chosen protocol. */
    final com.vaadin.flow.component.select.Select<org.rehabplan.patient.PatientTemplates.Choice> template =
            new com.vaadin.flow.component.select.Select<>();
    final com.vaadin.flow.component.button.Button deleteTemplate = new com.vaadin.flow.component.button.Button();
    private final com.vaadin.flow.component.orderedlayout.HorizontalLayout templateRow =
            new com.vaadin.flow.component.orderedlayout.HorizontalLayout(template, deleteTemplate);

    PatientEditorView(PatientService patients, ProfileValidator validator, Catalog catalog,
                      ProtocolRegistry protocols, org.rehabplan.patient.PatientTemplates templates) {
        this.templates = templates;
        this.patients = patients;
        this.validator = validator;
        this.form = new PatientForm(catalog.exercises().stream().filter(e -> !e.isContraindicated()).toList(),
                protocols);
        addClassName("rp-page");
        setMaxWidth("1100px");
        template.setLabel(getTranslation("template.start"));
        template.setHelperText(getTranslation("template.start.help"));
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption(getTranslation("template.start.none"));
        template.setItemLabelGenerator(t -> t == null ? getTranslation("template.start.none") : t.name());
        template.setWidth("28em");
        template.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                // the template's favourites and exclusions join the form; its locks wait for the first plan
                form.setProfile(org.rehabplan.patient.PatientTemplates.applyTo(form.read(),
                        e.getValue().favouriteExerciseIds(), e.getValue().excludedExerciseIds()));
                restrictionsTouched = true; // a later date change must not drop the template's exclusions
            }
        });
        deleteTemplate.setText(getTranslation("template.delete"));
        deleteTemplate.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        deleteTemplate.setEnabled(false);
        template.addValueChangeListener(e -> deleteTemplate.setEnabled(e.getValue() != null));
        deleteTemplate.addClickListener(e -> {
            var chosen = template.getValue();
            if (chosen != null) {
                templates.delete(chosen.id());
                Notifications.success(getTranslation("template.deleted", chosen.name()));
                listTemplates();
            }
        });
        templateRow.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent
                .Alignment.BASELINE);
        add(title, templateRow, form);
        form.addSaveListener(e -> save(e.profile()));
        form.setCheck(validator::problems);
        form.addCancelListener(e -> getUI().ifPresent(ui -> ui.navigate("patients")));
        form.restrictions.add.addClickListener(e -> restrictionsTouched = true);
        // New patients start from the protocol's default restrictions for their weeks after the procedure.
        form.anchorDate.addValueChangeListener(e -> applyDefaultsIfNew());
        form.planStart.addValueChangeListener(e -> applyDefaultsIfNew());
        // a new patient's protocol brings its own defaults (its restrictions replace the previous protocol's)
        form.protocol.addValueChangeListener(e -> {
            if (editing == null && e.isFromClient()) {
                restrictionsTouched = false;
                applyDefaultsIfNew();
                listTemplates();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters params = event.getRouteParameters();
        if (params.get("patientId").isEmpty()) {
            editing = null;
            title.setText(getTranslation("patients.new"));
            form.setProfile(newPatientDefaults());
            templateRow.setVisible(true);
            listTemplates();
            return;
        }
        editing = params.getLong("patientId").flatMap(patients::find).orElse(null);
        if (editing == null) {
            Notifications.error(getTranslation("patient.not.found"));
            event.forwardTo("patients");
            return;
        }
        title.setText(getTranslation("patient.edit.title", editing.getDisplayName()));
        templateRow.setVisible(false);
        form.setProfile(patients.profile(editing));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.page", title.getText());
    }

    /** The therapist's templates for the protocol chosen in the form (a choice for another protocol is cleared). */
    private void listTemplates() {
        template.setItems(templates.forProtocol(form.chosenProtocol().id()));
        template.clear();
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
            if (editing == null && template.getValue() != null) {
                templates.startPatientFrom(saved.getId(), template.getValue().id());
            }
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
