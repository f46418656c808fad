package org.rehabplan.visit;

import jakarta.validation.ConstraintViolation;
import org.rehabplan.base.i18n.BundleMessageInterpolator;
import org.rehabplan.base.i18n.Wording;

/**
 * A field of a visit and what is wrong with it, as data (e.g. {@code painLevel} with {@code validation.range
 * {min=0, max=10}}), worded in the reader's language where it is shown.
 */
public record VisitProblem(String field, Wording wording) {

    public static VisitProblem of(String field, String key, Object... namesAndValues) {
        return new VisitProblem(field, Wording.of(key, namesAndValues));
    }

    static VisitProblem of(ConstraintViolation<?> violation) {
        Wording wording = BundleMessageInterpolator.wording(violation.getMessageTemplate(),
                violation.getConstraintDescriptor());
        return new VisitProblem(violation.getPropertyPath().toString(),
                wording != null ? wording : Wording.of(violation.getMessage()));
    }

    @Override
    public String toString() {
        return field + ": " + wording;
    }
}
