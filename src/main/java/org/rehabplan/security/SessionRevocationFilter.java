package org.rehabplan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the signed-in account on every request (one indexed read): a session whose account was disabled, deleted or
 * given a new password since it signed in is ended at once, whichever instance it lives on (the state is in the
 * database). An account that must change its password may only call the password endpoint of the API; the UI sends
 * it to the change-password view ({@link PasswordChangeRequired}).
 */
class SessionRevocationFilter extends OncePerRequestFilter {

    static final String PASSWORD_API = "/api/account/password";

    private final AppUserRepository users;

    SessionRevocationFilter(AppUserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        Authentication authentication = strategy.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            Optional<AppUserRepository.SessionState> state = users.sessionState(principal.getUsername());
            boolean stale = state.isEmpty() || !state.get().isEnabled()
                    || state.get().getSessionEpoch() != principal.sessionEpoch();
            if (stale) {
                strategy.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (state.get().isMustChangePassword() && isApi(request)
                    && !request.getRequestURI().equals(PASSWORD_API)) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json");
                response.getWriter().write("{\"message\":\"An admin set this account's password: choose your own "
                        + "first (PUT " + PASSWORD_API + " with {\\\"currentPassword\\\", \\\"newPassword\\\"}, or "
                        + "sign in to the app)\",\"errors\":[]}");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }
}
