package org.rehabplan.api;

/** A required field of a request body was missing; answered with a 400 naming the field. */
class MissingFieldException extends RuntimeException {

    private final String field;

    MissingFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
