package org.rehabplan.security;

/** A password change that did not prove the current password. */
public class WrongCurrentPasswordException extends InvalidAccountException {

    WrongCurrentPasswordException() {
        super("The current password is not right");
    }
}
