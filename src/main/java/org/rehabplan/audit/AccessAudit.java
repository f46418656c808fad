package org.rehabplan.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.rehabplan.base.CurrentUser;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits what the features don't see themselves: every opening of a patient's share link (page or PDF, with the
 * answer: shown, expired/revoked, unknown) and every refused request of a signed-in user (403, and 404 on the API,
 * which is how another therapist's patient answers). The source address comes with every audit event.
 */
@Configuration
class AccessAudit {

    @Bean
    FilterRegistrationBean<AuditFilter> accessAuditFilter(AuditLog audit, JdbcTemplate jdbc) {
        var registration = new FilterRegistrationBean<>(new AuditFilter(audit, jdbc));
        registration.addUrlPatterns("/share/*", "/api/*", "/schedule/*");
        // outside Spring Security, so it sees the final status of refused requests too
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static final class AuditFilter extends OncePerRequestFilter {
        private final AuditLog audit;
        private final JdbcTemplate jdbc;

        AuditFilter(AuditLog audit, JdbcTemplate jdbc) {
            this.audit = audit;
            this.jdbc = jdbc;
        }

        /** A solve answered asynchronously gets its final status in the async dispatch: audit it there. */
        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, response);
            if (request.isAsyncStarted()) {
                return; // no answer yet: the async dispatch comes back through here with it
            }
            // the request context (and with it the source address AuditLog records) is gone by now: set it again
            var previous = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
            org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                    new org.springframework.web.context.request.ServletRequestAttributes(request, response));
            try {
                audit(request, response);
            } finally {
                org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(previous);
            }
        }

        private void audit(HttpServletRequest request, HttpServletResponse response) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            int status = response.getStatus();
            if (path.startsWith("/share/")) {
                shareLinkOpened(path.substring("/share/".length()), status);
            } else if (status == HttpServletResponse.SC_FORBIDDEN || status == HttpServletResponse.SC_NOT_FOUND) {
                String user = who(request);
                if (status == HttpServletResponse.SC_FORBIDDEN || !user.equals(CurrentUser.ANONYMOUS)) {
                    audit.recordAs(user, "ACCESS_DENIED", "REQUEST", null,
                            request.getMethod() + " " + (path.length() > 200 ? path.substring(0, 200) : path)
                                    + " → " + status);
                }
            }
        }

        /**
         * Who asked: out here the security filters have cleared their context, so the name comes from the HTTP Basic
         * header (a 403/404 means it was accepted; a wrong password answers 401) or the signed-in session.
         */
        private static String who(HttpServletRequest request) {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                try {
                    String decoded = new String(java.util.Base64.getDecoder().decode(header.substring(6).strip()),
                            StandardCharsets.UTF_8);
                    int colon = decoded.indexOf(':');
                    return colon > 0 ? decoded.substring(0, colon) : CurrentUser.ANONYMOUS;
                } catch (IllegalArgumentException e) {
                    return CurrentUser.ANONYMOUS;
                }
            }
            var session = request.getSession(false);
            Object context = session == null ? null : session.getAttribute("SPRING_SECURITY_CONTEXT");
            return context instanceof org.springframework.security.core.context.SecurityContext sc
                    && sc.getAuthentication() != null ? sc.getAuthentication().getName() : CurrentUser.ANONYMOUS;
        }

        private void shareLinkOpened(String token, int status) {
            String bare = token.endsWith(".pdf") ? token.substring(0, token.length() - 4) : token;
            if (bare.isEmpty() || bare.length() > 100) {
                return;
            }
            List<Long> ids = jdbc.queryForList("select id from share_link where token_hash = ?", Long.class, hash(bare));
            String action = status == 200 ? "SHARE_LINK_OPENED" : "SHARE_LINK_REFUSED";
            audit.recordAs(CurrentUser.ANONYMOUS, action, AuditLog.SHARE_LINK, ids.isEmpty() ? null : ids.getFirst(),
                    (token.endsWith(".pdf") ? "PDF, " : "page, ") + "status " + status);
        }

        private static String hash(String token) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }
}
