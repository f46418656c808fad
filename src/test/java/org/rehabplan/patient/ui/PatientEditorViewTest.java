package org.rehabplan.patient.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.PatientService;
import org.rehabplan.planning.ui.WorkspaceView;
import org.rehabplan.protocol.RestrictionType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
class PatientEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;

    private PatientForm openNewPatientForm() {
        PatientEditorView view = navigate(PatientEditorView.class);
        return $(PatientForm.class).single();
    }

    private void fillValidPatient(PatientForm form, String ref) {
        test(form.patientRef).setValue(ref);
        test(form.displayName).setValue("Ada L.");
        form.anchorDate.setValue(LocalDate.of(2026, 11, 2));
        form.planStart.setValue(LocalDate.of(2026, 11, 16));
        test(form.painLevel).setValue(3);
        form.fallRisk.setValue(FallRisk.MODERATE);
        form.equipment.setValue(Set.of(Equipment.CHAIR, Equipment.WALL));
        form.sessionDays.setValue(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
    }

    @Test
    void aNewPatientStartsFromTheProtocolDefaultRestrictionsForTheirWeeksOut() {
        PatientForm form = openNewPatientForm();
        form.anchorDate.setValue(LocalDate.of(2026, 11, 2));
        form.planStart.setValue(LocalDate.of(2026, 11, 16));
        assertThat(form.restrictions.read()).extracting(r -> r.type())
                .contains(RestrictionType.NO_SPINAL_FLEXION, RestrictionType.NO_SPINAL_ROTATION,
                        RestrictionType.LIFT_LIMIT);
        assertThat(form.weeksOut.getText()).contains("2 weeks after the procedure");
    }

    @Test
    void anInvalidProfileShowsMessagesNextToTheFieldsAndSavesNothing() {
        long before = patients.count();
        PatientForm form = openNewPatientForm();
        fillValidPatient(form, "ui-invalid");
        form.painLevel.setValue(11); // typed by hand: the tester refuses values outside the field's min/max
        form.planStart.setValue(LocalDate.of(2026, 10, 1));
        test(form.save).click();
        assertThat(form.painLevel.isInvalid()).isTrue();
        assertThat(form.painLevel.getErrorMessage()).isEqualTo("must be between 0 and 10");
        assertThat(form.planStart.isInvalid()).isTrue();
        assertThat(form.planStart.getErrorMessage()).isEqualTo("must not be before the procedure date");
        assertThat(form.formError.getText()).contains("Not saved");
        assertThat(patients.count()).isEqualTo(before);
    }

    @Test
    void aLiftLimitWithoutKgIsMarkedOnItsRow() {
        PatientForm form = openNewPatientForm();
        fillValidPatient(form, "ui-liftlimit");
        form.restrictions.setRestrictions(java.util.List.of());
        test(form.restrictions.add).click();
        RestrictionRow row = $(RestrictionRow.class).single();
        row.type.setValue(RestrictionType.LIFT_LIMIT);
        test(form.save).click();
        assertThat(row.maxKg.isInvalid()).isTrue();
        assertThat(row.maxKg.getErrorMessage()).isEqualTo("a lift limit needs the maximum kg");
    }

    @Test
    void aValidPatientIsSavedAndOpensInThePlanWorkspace() {
        long before = patients.count();
        PatientForm form = openNewPatientForm();
        fillValidPatient(form, "ui-valid");
        test(form.save).click();
        assertThat(patients.count()).isEqualTo(before + 1);
        assertThat(getCurrentView()).isInstanceOf(WorkspaceView.class);
    }

    @Test
    void theSummaryNamesExactlyTheFieldsShownInRedAndClearsWhenTheyAreFixed() {
        PatientForm form = openNewPatientForm();
        fillValidPatient(form, "ui-summary");
        form.painLevel.setValue(11);
        form.planStart.setValue(LocalDate.of(2026, 10, 1));
        test(form.save).click();
        assertThat(form.redFields()).containsExactly("Plan starts", "Pain now (0–10)");
        assertThat(form.formError.getText()).isEqualTo("Not saved: please correct Plan starts, Pain now (0–10).");

        form.painLevel.setValue(3);
        leave(form.painLevel);
        assertThat(form.formError.getText()).as("the fixed field leaves the summary")
                .isEqualTo("Not saved: please correct Plan starts.");

        form.painLevel.setValue(3);
        form.planStart.setValue(LocalDate.of(2026, 11, 16));
        leave(form.painLevel);
        leave(form.planStart);
        assertThat(form.formError.isVisible()).as("summary gone once the fields are fixed").isFalse();
        assertThat(form.painLevel.isInvalid()).isFalse();
    }

    @Test
    void requiredFieldsAreMarkedFromTheProfilesOwnRules() {
        PatientForm form = openNewPatientForm();
        for (var field : java.util.List.<com.vaadin.flow.component.HasValue<?, ?>>of(form.patientRef,
                form.anchorDate, form.planStart, form.planWeeks, form.minutesPerSession, form.painLevel,
                form.fallRisk)) {
            assertThat(field.isRequiredIndicatorVisible()).as(field.toString()).isTrue();
        }
        assertThat(form.displayName.isRequiredIndicatorVisible()).as("optional").isFalse();
        assertThat(form.notes.isRequiredIndicatorVisible()).as("optional").isFalse();
    }

    @Test
    void aRequiredFieldLeftEmptySaysSoWhenLeft() {
        PatientForm form = openNewPatientForm();
        fillValidPatient(form, "ui-required");
        form.patientRef.setValue("");
        assertThat(form.patientRef.isInvalid()).as("not while typing").isFalse();
        leave(form.patientRef);
        assertThat(form.patientRef.isInvalid()).isTrue();
        assertThat(form.patientRef.getErrorMessage()).isEqualTo("enter a patient reference");
    }

    @Test
    void aFieldIsCheckedWhenTheTherapistLeavesItNotOnlyOnSave() {
        PatientForm form = openNewPatientForm();
        fillValidPatient(form, "ui-blur");
        form.painLevel.setValue(11);
        assertThat(form.painLevel.isInvalid()).as("not while typing").isFalse();
        leave(form.painLevel);
        assertThat(form.painLevel.isInvalid()).isTrue();
        assertThat(form.painLevel.getErrorMessage()).isNotBlank();
    }

    @Test
    void protocolDefaultsAskBeforeReplacingRestrictionsTheTherapistEntered() {
        PatientForm form = openNewPatientForm();
        form.anchorDate.setValue(LocalDate.of(2026, 11, 2));
        form.planStart.setValue(LocalDate.of(2026, 11, 16));
        var mine = form.restrictions.read().subList(0, 1);
        form.restrictions.setRestrictions(mine);
        test(form.restrictions.defaults).click();
        var ask = $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        test(ask).cancel();
        assertThat(form.restrictions.read()).isEqualTo(mine);
        test(form.restrictions.defaults).click();
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).last()).confirm();
        assertThat(form.restrictions.read().size()).isGreaterThan(1);
    }

    @Test
    void theNotesFieldSaysItsLimitBeforeItCuts() {
        PatientForm form = openNewPatientForm();
        assertThat(form.notes.getMaxLength()).isEqualTo(PatientForm.MAX_NOTES);
        test(form.notes).setValue("Lives alone");
        assertThat(form.notes.getHelperText()).isEqualTo("11 / 2000 characters");
    }

    /** As if the therapist moved focus out of the field. */
    private static <C extends com.vaadin.flow.component.Component & com.vaadin.flow.component.BlurNotifier<C>>
            void leave(C field) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(field,
                new com.vaadin.flow.component.BlurNotifier.BlurEvent<>(field, true));
    }
}
