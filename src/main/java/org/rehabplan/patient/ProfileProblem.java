package org.rehabplan.patient;

/** A field of a patient profile and what is wrong with it, e.g. {@code painLevel}: must be between 0 and 10. */
public record ProfileProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
