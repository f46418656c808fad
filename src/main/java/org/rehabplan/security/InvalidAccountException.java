package org.rehabplan.security;

/** An account change was refused; the message says why in words an admin can act on. */
public class InvalidAccountException extends RuntimeException {

    public InvalidAccountException(String message) {
        super(message);
    }
}
