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
 * Forwarded headers are trusted only when configured for a known proxy. Out of the box a client cannot claim another
 * address with {@code X-Forwarded-For} and so escape the sign-in throttle (or write a false address into the audit).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedHeadersTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    private int signIn(String user, String password, String claimedAddress) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/patients"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("X-Forwarded-For", claimedAddress).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void wrongPasswordsClaimingADifferentAddressEachStillLockTheAccountForTheRealAddress() throws Exception {
        String user = "forwarded-" + System.nanoTime();
        TestAccounts.ensure(accounts, user, "the-right-password", Role.THERAPIST);
        assertThat(signIn(user, "the-right-password", "198.51.100.1")).isEqualTo(200);

        for (int i = 0; i < 5; i++) { // five per account and address lock; the account-wide limit is ten
            assertThat(signIn(user, "guess-" + i, "203.0.113." + (i + 10))).isEqualTo(401);
        }

        assertThat(signIn(user, "the-right-password", "192.0.2.77")).as("locked: the claimed addresses were ignored")
                .isEqualTo(401);
    }
}
