package org.rehabplan.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without a browser: cookies kept, redirects not followed, the sign-in form posted as the page does. */
final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    BrowserSession(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token the login page hands to its form. */
    String csrfTokenOfLoginPage() throws Exception {
        Matcher m = CSRF.matcher(get("/login").body());
        if (!m.find()) {
            throw new AssertionError("the login page carries no CSRF token");
        }
        return m.group(1);
    }

    /** Posts the sign-in form; {@code csrf} null leaves the token out (a forged cross-site form). */
    HttpResponse<String> postLogin(String username, String password, String csrf) throws Exception {
        String form = "username=" + enc(username) + "&password=" + enc(password)
                + (csrf == null ? "" : "&_csrf=" + enc(csrf));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login page and fails the test unless it worked. */
    BrowserSession signIn(String username, String password) throws Exception {
        HttpResponse<String> response = postLogin(username, password, csrfTokenOfLoginPage());
        if (response.statusCode() != 302 || location(response).contains("error")) {
            throw new AssertionError("sign-in failed: " + response.statusCode() + " " + location(response));
        }
        return this;
    }

    /** Whether the session is still signed in: a signed-in request for a missing schedule is a 404, not a redirect. */
    boolean isSignedIn() throws Exception {
        HttpResponse<String> response = get("/schedule/999999/999999.pdf");
        return response.statusCode() == 404;
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
