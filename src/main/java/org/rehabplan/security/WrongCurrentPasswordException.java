package org.rehabplan.security;

/** A password change that did not prove the current password. */
public class WrongCurrentPasswordException extends InvalidAccountException {

    WrongCurrentPasswordException() {
        super("password", org.rehabplan.base.i18n.Wording.of("account.password.wrongCurrent"));
    }
}
