package org.rehabplan.patient;

import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import org.rehabplan.base.i18n.BundleMessageInterpolator;
import org.rehabplan.base.i18n.Wording;
import org.springframework.context.MessageSource;

/**
 * A field of a patient profile (or another request) and what is wrong with it, as data: e.g. {@code painLevel} with
 * {@code validation.range {min=0, max=10}}, worded in the reader's language where it is shown ("must be between 0
 * and 10", "debe estar entre 0 y 10").
 */
public record ProfileProblem(String field, Wording wording) {

    /** A problem with its bundle key and the key's arguments as name, value pairs. */
    public static ProfileProblem of(String field, String key, Object... namesAndValues) {
        return new ProfileProblem(field, Wording.of(key, namesAndValues));
    }

    /** A Bean Validation violation against a field: its message key and the constraint's attributes. */
    public static ProfileProblem of(String field, ConstraintViolation<?> violation) {
        Wording wording = BundleMessageInterpolator.wording(violation.getMessageTemplate(),
                violation.getConstraintDescriptor());
        // a message that is no key of ours (a library's default) is kept as the provider worded it
        return new ProfileProblem(field, wording != null ? wording : Wording.of(violation.getMessage()));
    }

    public String message(MessageSource messages, Locale locale) {
        return wording.in(messages, locale);
    }

    @Override
    public String toString() {
        return field + ": " + wording;
    }
}
