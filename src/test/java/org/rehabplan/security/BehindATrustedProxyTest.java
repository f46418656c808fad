package org.rehabplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a reverse proxy that the configuration names as trusted (here: this machine, as in the README's example),
 * the app sees each therapist's own address and the TLS the proxy terminated: one therapist's typos lock only that
 * therapist's address, and the session cookie is marked Secure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "server.tomcat.remoteip.internal-proxies=127[.]0[.]0[.]1|0:0:0:0:0:0:0:1"})
class BehindATrustedProxyTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    private HttpResponse<Void> viaTheProxy(String path, String clientAddress, String basicUser, String password)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-For", clientAddress).header("X-Forwarded-Proto", "https");
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((basicUser + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void fiveTyposOnOneWorkstationLockOnlyThatWorkstation() throws Exception {
        String user = "proxied-" + System.nanoTime();
        TestAccounts.ensure(accounts, user, "the-right-password", Role.THERAPIST);

        for (int i = 0; i < 5; i++) {
            assertThat(viaTheProxy("/api/patients", "10.1.0.21", user, "typo-" + i).statusCode()).isEqualTo(401);
        }

        assertThat(viaTheProxy("/api/patients", "10.1.0.21", user, "the-right-password").statusCode())
                .as("locked on the workstation that typed wrong").isEqualTo(401);
        assertThat(viaTheProxy("/api/patients", "10.1.0.35", user, "the-right-password").statusCode())
                .as("not on the therapist's other workstation, behind the same proxy").isEqualTo(200);
    }

    @Test
    void theSessionCookieIsSecureWhenTheProxyServedHttps() throws Exception {
        HttpResponse<Void> login = viaTheProxy("/login", "10.1.0.21", null, null);

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
    }
}
