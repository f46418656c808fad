package org.rehabplan.api;

import org.rehabplan.base.i18n.Wording;

/** A required field of a request body was missing or out of bounds; answered with a 400 naming the field. */
class MissingFieldException extends RuntimeException {

    private final String field;
    private final Wording wording;

    /** The field and what is wrong with it: a key of the errors bundle and its arguments as name, value pairs. */
    MissingFieldException(String field, String key, Object... namesAndValues) {
        super(field + ": " + key, null, false, false);
        this.field = field;
        this.wording = Wording.of(key, namesAndValues);
    }

    String field() {
        return field;
    }

    Wording wording() {
        return wording;
    }
}
