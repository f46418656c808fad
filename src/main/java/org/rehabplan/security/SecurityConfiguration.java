package org.rehabplan.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.rehabplan.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may open what. Public: the login page, patients' share links and the static styles. {@code /api/**}: HTTP
 * Basic only. Everything else: Vaadin's rules (views by their annotations, sign-in through {@link LoginView}).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /** The REST API and its OpenAPI description: for programs, signed in with HTTP Basic. */
    private static final RequestMatcher API = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs*"),
            PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"));

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The only authentication provider: the accounts table, behind the sign-in throttle. */
    @Bean
    AuthenticationProvider accountAuthentication(AppUserRepository users, PasswordEncoder encoder,
                                                 LoginThrottle throttle) {
        DaoAuthenticationProvider accounts = new DaoAuthenticationProvider(new AccountUserDetailsService(users));
        accounts.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(accounts, throttle);
    }

    /**
     * {@code /api/**} and {@code /v3/api-docs}: HTTP Basic on every call, no session and no cookies, so no CSRF token is needed (a browser's
     * session cookie does not authenticate API calls, which is what makes switching CSRF off here safe); anonymous
     * calls get 401, never a redirect.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AppUserRepository users) throws Exception {
        // Written directly (not sendError): an error dispatch to /error would meet the login redirect of the app chain.
        AuthenticationEntryPoint basic = (request, response, e) -> {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"RehabPlan\", charset=\"UTF-8\"");
            response.setContentType("application/json");
            response.getWriter().write("{\"message\":\"Sign in: send a therapist's username and password with HTTP "
                    + "Basic authentication\",\"errors\":[]}");
        };
        http.securityMatcher(API)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(basic))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(basic))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::headers)
                .addFilterAfter(new SessionRevocationFilter(users), BasicAuthenticationFilter.class);
        return http.build();
    }

    /** Everything else: public styles and share links first, then Vaadin's rules with our login view. */
    @Bean
    @Order(2)
    SecurityFilterChain appSecurity(HttpSecurity http, AppUserRepository users, RequestUtil vaadinRequests)
            throws Exception {
        http.headers(SecurityConfiguration::headers)
                .addFilterAfter(new SessionRevocationFilter(users), SecurityContextHolderFilter.class)
                // Vaadin's own requests carry Vaadin's CSRF key; everything else, the sign-in form included, needs
                // Spring's token (Vaadin puts it into the page, the login form sends it). Vaadin's default leaves the
                // sign-in POST unprotected, which lets another site sign a browser in to an account of its choosing.
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                .authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/fonts/**", "/share/**").permitAll()
                // for load balancers: UP/DOWN only (no details), liveness and readiness (database) groups
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll()
                // the patient schedule's print page and PDF (schedule.ScheduleController): any signed-in therapist,
                // ownership is checked in ScheduleService through PatientService.find
                .requestMatchers("/schedule/**").authenticated()
                // the error page of a request that was already let through (e.g. an API 404), not /error itself
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        return http.build();
    }

    /**
     * Browser hardening for every answer: a content security policy (Vaadin's client needs inline styles and
     * eval; no other site's scripts, frames or form targets), no MIME sniffing, no referrer leaving the app (share
     * links carry their token in the URL), no framing.
     */
    static void headers(HeadersConfigurer<HttpSecurity> headers) {
        // eagerly: Vaadin's pages are forwarded to its servlet, and headers written on commit got lost on the way
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
}
