package org.rehabplan.security;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Creates real sign-in accounts for tests (as a stand-in admin), once per application context. */
public final class TestAccounts {

    private TestAccounts() {
    }

    public static void ensure(UserAccountService accounts, String username, String password, Role role) {
        if (accounts.find(username).isEmpty()) {
            // not create(): an admin-made account must change its password first, which tests don't want
            asAdmin(() -> accounts.createUnchecked(username, "Test " + username, password, role));
        }
    }

    /** Runs {@code action} as a signed-in admin, then restores the previous security context. */
    public static void asAdmin(Runnable action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext admin = SecurityContextHolder.createEmptyContext();
        admin.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-setup", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(admin);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
