package org.rehabplan.security;

import org.rehabplan.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins to the audit log: successful interactive ones (the login form; API calls would flood it) and
 * refused ones for existing accounts (a typed-in unknown name could be a mistyped password, so it isn't stored).
 */
@Component
class SignInAuditor {

    private final AuditLog audit;
    private final AppUserRepository users;

    SignInAuditor(AuditLog audit, AppUserRepository users) {
        this.audit = audit;
        this.users = users;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordAs(username, "SIGNED_IN", AuditLog.USER, userId(username), null);
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        Long id = userId(username);
        if (id != null) {
            audit.recordAs(username.strip().toLowerCase(java.util.Locale.ROOT), "SIGN_IN_REFUSED", AuditLog.USER, id,
                    event.getException().getClass().getSimpleName());
        }
    }

    private Long userId(String username) {
        return username == null ? null
                : users.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT)).map(AppUser::getId)
                        .orElse(null);
    }
}
