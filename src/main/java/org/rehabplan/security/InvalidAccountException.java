package org.rehabplan.security;

/**
 * An account change was refused; the message says why in words an admin can act on, and {@link #field()} names the
 * input it is about ({@code "username"}, {@code "password"}) when it is about one.
 */
public class InvalidAccountException extends RuntimeException {

    private final String field;

    public InvalidAccountException(String message) {
        this(null, message);
    }

    public InvalidAccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input the refusal is about, or null. */
    public String field() {
        return field;
    }
}
