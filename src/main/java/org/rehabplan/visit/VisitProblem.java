package org.rehabplan.visit;

/** A field of a visit and what is wrong with it, e.g. {@code painLevel}: must be between 0 and 10. */
public record VisitProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
