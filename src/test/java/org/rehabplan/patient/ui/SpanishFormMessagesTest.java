package org.rehabplan.patient.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.server.VaadinSession;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.protocol.RestrictionType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A therapist whose screens are in Spanish (browser or language switch) reads the patient form's field messages in
 * Spanish: those of the profile's own rules checked by Vaadin's binder, and those of the full check on Save.
 */
@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
class SpanishFormMessagesTest extends SpringBrowserlessTest {

    private static final Locale SPANISH = Locale.of("es");

    @BeforeEach
    void screensInSpanish() {
        // what the language switch in the top bar does: the session's language, for every page opened after it
        VaadinSession.getCurrent().setLocale(SPANISH);
        UI.getCurrent().setLocale(SPANISH);
    }

    private PatientForm openNewPatientForm() {
        navigate(PatientEditorView.class);
        return $(PatientForm.class).single();
    }

    private void fillValidPatient(PatientForm form) {
        test(form.patientRef).setValue("es-form");
        form.anchorDate.setValue(LocalDate.of(2026, 11, 2));
        form.planStart.setValue(LocalDate.of(2026, 11, 16));
        test(form.painLevel).setValue(3);
        form.fallRisk.setValue(FallRisk.MODERATE);
        form.equipment.setValue(Set.of(Equipment.CHAIR));
        form.sessionDays.setValue(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
    }

    @Test
    void thePatientFormInSpanishShowsSpanishValidationMessages() {
        PatientForm form = openNewPatientForm();
        fillValidPatient(form);
        form.patientRef.setValue("");
        form.painLevel.setValue(11);
        form.minutesPerSession.setValue(200);
        form.planStart.setValue(LocalDate.of(2026, 10, 1));
        test(form.save).click();

        assertThat(form.patientRef.getErrorMessage()).isEqualTo("escriba una referencia del paciente");
        assertThat(form.painLevel.getErrorMessage()).isEqualTo("debe estar entre 0 y 10");
        assertThat(form.minutesPerSession.getErrorMessage()).isEqualTo("debe estar entre 5 y 180 minutos");
        assertThat(form.planStart.getErrorMessage())
                .isEqualTo("no puede ser anterior a la fecha de la intervención");
        assertThat(form.formError.getText()).startsWith("No se guardó");
    }

    @Test
    void theFormsBinderWordsTheProfilesRulesInTheScreensLanguage() {
        PatientForm form = openNewPatientForm();
        fillValidPatient(form);
        // a value the field itself lets through (its own min, max and length come first), only the profile refuses
        form.patientRef.setValue("ana garcía");

        assertThat(form.binder.validate().getFieldValidationErrors())
                .extracting(BindingValidationStatus::getMessage)
                .extracting(message -> message.orElse(""))
                .containsExactly("use solo letras, números, '.', '_' o '-'");
    }

    @Test
    void aRestrictionRowInSpanishSaysWhatIsMissingInSpanish() {
        PatientForm form = openNewPatientForm();
        fillValidPatient(form);
        form.restrictions.setRestrictions(java.util.List.of());
        test(form.restrictions.add).click();
        RestrictionRow row = $(RestrictionRow.class).single();
        row.type.setValue(RestrictionType.LIFT_LIMIT);
        test(form.save).click();

        assertThat(row.maxKg.isInvalid()).isTrue();
        assertThat(row.maxKg.getErrorMessage()).isEqualTo("un límite de carga necesita los kg máximos");
    }

    @Test
    void theSameFormInEnglishKeepsItsEnglishMessages() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        PatientForm form = openNewPatientForm();
        fillValidPatient(form);
        form.painLevel.setValue(11);
        test(form.save).click();

        assertThat(form.painLevel.getErrorMessage()).isEqualTo("must be between 0 and 10");
    }
}
