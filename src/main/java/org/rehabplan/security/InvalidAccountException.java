package org.rehabplan.security;

import org.rehabplan.base.i18n.Wording;

/**
 * An account change was refused: {@link #wording()} says why (a key of the errors bundle and its values, worded in the
 * reader's language where it is shown), and {@link #field()} names the input it is about ({@code "username"},
 * {@code "password"}) when it is about one. The exception's own message is the key, for the log.
 */
public class InvalidAccountException extends RuntimeException {

    private final String field;
    private final Wording wording;

    public InvalidAccountException(Wording wording) {
        this(null, wording);
    }

    public InvalidAccountException(String field, Wording wording) {
        super(wording.toString());
        this.field = field;
        this.wording = wording;
    }

    /** The input the refusal is about, or null. */
    public String field() {
        return field;
    }

    public Wording wording() {
        return wording;
    }
}
