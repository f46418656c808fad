package org.rehabplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every view route (from Vaadin's route registry) and every REST endpoint (from Spring MVC's handler mappings) needs
 * sign-in: an anonymous browser is sent to the login page, an anonymous API call gets 401. Only the login page and
 * patients' share links are public. Nothing here is a hand-written list: a new view or endpoint is checked as
 * soon as it exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousAccessTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private List<RouteData> routes() {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getRegisteredRoutes();
    }

    /** A concrete URL for a route template: every parameter (":patientId", ":token?", "{id}", "*") becomes "1". */
    static String concrete(String template) {
        return "/" + template.replaceAll(":[A-Za-z0-9_]+(\\([^)]*\\))?[?*]?", "1").replaceAll("\\{[^}]+}", "1")
                .replaceAll("\\*\\*?", "1").replaceFirst("^/", "");
    }

    private HttpResponse<String> anonymous(String method, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/json");
        if (method.equals("GET") || method.equals("DELETE") || method.equals("HEAD") || method.equals("OPTIONS")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The REST API and its OpenAPI description answer programs with 401; everything else is for browsers. */
    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/v3/api-docs");
    }

    private static boolean publicPath(String path) {
        return path.equals("/login") || path.startsWith("/share/");
    }

    @Test
    void everyViewRouteSendsAnAnonymousBrowserToTheLoginPage() throws Exception {
        List<String> paths = new ArrayList<>();
        for (RouteData route : routes()) {
            paths.add(concrete(route.getTemplate()));
            route.getRouteAliases().forEach(alias -> paths.add(concrete(alias.getTemplate())));
        }
        assertThat(paths).as("the registry lists the app's views").contains("/patients", "/catalog", "/login");
        List<String> failures = new ArrayList<>();
        for (String path : paths) {
            if (publicPath(path)) {
                continue;
            }
            HttpResponse<String> response = anonymous("GET", path);
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 302 || !location.matches(".*/login(;jsessionid=.*)?$")) {
                failures.add(path + " answered " + response.statusCode() + " " + location);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void onlyTheLoginPageAndShareLinksAreViewsAnAnonymousUserMayOpen() {
        Set<String> anonymousRoutes = new TreeSet<>();
        for (RouteData route : routes()) {
            if (route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)) {
                anonymousRoutes.add(concrete(route.getTemplate()));
                route.getRouteAliases().forEach(alias -> anonymousRoutes.add(concrete(alias.getTemplate())));
            }
        }
        assertThat(anonymousRoutes).contains("/login").allMatch(AnonymousAccessTest::publicPath);
    }

    @Test
    void theLoginPageItselfOpensWithoutSignIn() throws Exception {
        assertThat(anonymous("GET", "/login").statusCode()).isEqualTo(200);
    }

    @Test
    void everyRestEndpointRefusesAnAnonymousCall() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String path = concrete(pattern);
                if (publicPath(path)) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    checked++;
                    HttpResponse<String> response = anonymous(method.name(), path);
                    String location = response.headers().firstValue("Location").orElse("");
                    boolean refused = isApi(path) ? response.statusCode() == 401
                            : response.statusCode() == 302 && location.matches(".*/login(;jsessionid=.*)?$")
                            // a state-changing browser request without a CSRF token is stopped even earlier
                            || method != RequestMethod.GET && response.statusCode() == 403;
                    if (!refused) {
                        failures.add(method + " " + path + " answered " + response.statusCode() + " " + location);
                    }
                }
            }
        }
        assertThat(checked).as("endpoints found").isGreaterThanOrEqualTo(8);
        assertThat(failures).isEmpty();
    }

    @Test
    void anAnonymousApiCallGets401WithABasicChallengeNotARedirect() throws Exception {
        HttpResponse<String> response = anonymous("GET", "/api/patients");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.body()).contains("Sign in");
    }

    @Test
    void stylesAreServedToTheLoginPageWithoutSignIn() throws Exception {
        assertThat(anonymous("GET", "/styles/rehabplan.css").statusCode()).isEqualTo(200);
    }
}
