package org.rehabplan.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
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
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
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
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Everything else: public styles and share links first, then Vaadin's rules with our login view. */
    @Bean
    @Order(2)
    SecurityFilterChain appSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/fonts/**", "/share/**").permitAll()
                // the patient schedule's print page and PDF (schedule.ScheduleController): any signed-in therapist,
                // ownership is checked in ScheduleService through PatientService.find
                .requestMatchers("/schedule/**").authenticated()
                // the error page of a request that was already let through (e.g. an API 404), not /error itself
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
