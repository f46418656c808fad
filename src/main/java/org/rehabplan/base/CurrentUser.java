package org.rehabplan.base;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user, read from Spring Security's context (in Vaadin background tasks run through
 * {@code UI.access} too: Vaadin keeps the context per session).
 */
public final class CurrentUser {

    /** The name recorded when nobody is signed in (share links, start-up); no account can have it. */
    public static final String ANONYMOUS = "anonymous";

    private CurrentUser() {
    }

    /** The signed-in username, or {@value #ANONYMOUS} when nobody is signed in. */
    public static String name() {
        return authentication().map(Authentication::getName).orElse(ANONYMOUS);
    }

    public static boolean isSignedIn() {
        return authentication().isPresent();
    }

    /** Whether the signed-in user has {@code role} (e.g. "ADMIN", without the "ROLE_" prefix). */
    public static boolean hasRole(String role) {
        return authentication().stream().flatMap(a -> a.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals);
    }

    private static Optional<Authentication> authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication);
    }
}
