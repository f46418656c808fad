package org.rehabplan.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in account as kept in the session: besides name and roles, the account's session epoch at sign-in.
 * {@link SessionRevocationFilter} ends the session once the account's epoch has moved on (disabled, password set).
 */
class AccountPrincipal extends User {

    private final long sessionEpoch;

    AccountPrincipal(String username, String passwordHash, boolean enabled,
                     Collection<? extends GrantedAuthority> authorities, long sessionEpoch) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.sessionEpoch = sessionEpoch;
    }

    long sessionEpoch() {
        return sessionEpoch;
    }
}
