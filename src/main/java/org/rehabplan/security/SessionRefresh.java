package org.rehabplan.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * After users change their own password the account's session epoch moves on, which would end their own session
 * too; this signs the current session in again with the new epoch (other sessions still end).
 */
final class SessionRefresh {

    private SessionRefresh() {
    }

    static void signInAgain(AppUser user) {
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        Authentication current = strategy.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof AccountPrincipal)) {
            return; // API calls (no session) and tests signed in some other way
        }
        AccountPrincipal principal = AccountUserDetailsService.principal(user);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        authentication.setDetails(current.getDetails());
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getRequest().getSession(false) != null) {
            new HttpSessionSecurityContextRepository().saveContext(context, request.getRequest(),
                    request.getResponse());
        }
    }
}
