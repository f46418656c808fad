package org.rehabplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.rehabplan.security.Role;
import org.rehabplan.security.TestAccounts;
import org.rehabplan.security.UserAccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Share-link opens and refused requests are in the audit log, each with the address it came from. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessAuditTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @Autowired
    UserAccountService accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    private int get(String path, String basicUser) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (basicUser + ":probe-secret-phrase").getBytes()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void openingAnUnknownShareLinkIsAuditedWithItsSourceAddress() throws Exception {
        assertThat(get("/share/not-a-real-token-" + System.nanoTime(), null)).isEqualTo(404);
        awaitAudit("SHARE_LINK_REFUSED");
        assertThat(audit.recent()).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("SHARE_LINK_REFUSED");
            assertThat(e.getDetail()).contains("404");
            assertThat(e.getSourceAddress()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void aSignedInTherapistAskingForAPatientThatIsNotTheirsIsAudited() throws Exception {
        TestAccounts.ensure(accounts, "audit-probe", "probe-secret-phrase", Role.THERAPIST);
        assertThat(get("/api/patients/987654321", "audit-probe")).isEqualTo(404);
        awaitAudit("ACCESS_DENIED");
        assertThat(audit.recent()).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("ACCESS_DENIED");
            assertThat(e.getUsername()).isEqualTo("audit-probe");
            assertThat(e.getDetail()).contains("GET /api/patients/987654321", "404");
            assertThat(e.getSourceAddress()).isEqualTo("127.0.0.1");
        });
    }

    /**
     * The audit filter records after the response has gone out, so the client can be back before the row is written:
     * wait (up to 5 s) until an event of that action shows up.
     */
    private void awaitAudit(String action) throws InterruptedException {
        for (int i = 0; i < 50 && audit.recent().stream().noneMatch(e -> action.equals(e.getAction())); i++) {
            Thread.sleep(100);
        }
    }
}
