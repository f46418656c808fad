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

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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
    void openingAShareLinkIsAuditedWithItsAnswerAndSourceAddress() throws Exception {
        String refused = "select count(*) from audit_event where action = 'SHARE_LINK_REFUSED' and username = "
                + "'anonymous' and detail = 'PDF, status 410' and source_address = '10.1.2.3'";
        int before = jdbc.queryForObject(refused, Integer.class);
        var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/share/some-old-token.pdf");
        request.setRemoteAddr("10.1.2.3");
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        new AccessAudit.AuditFilter(audit, jdbc).doFilter(request, response,
                (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(410));
        assertThat(jdbc.queryForObject(refused, Integer.class)).isEqualTo(before + 1);
    }

    @Test
    void aSignedInTherapistAskingForAPatientThatIsNotTheirsIsAudited() throws Exception {
        TestAccounts.ensure(accounts, "audit-probe", "probe-secret-phrase", Role.THERAPIST);
        assertThat(get("/api/patients/987654321", "audit-probe")).isEqualTo(404);
        assertThat(audit.recent()).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("ACCESS_DENIED");
            assertThat(e.getUsername()).isEqualTo("audit-probe");
            assertThat(e.getDetail()).contains("GET /api/patients/987654321", "404");
            assertThat(e.getSourceAddress()).isEqualTo("127.0.0.1");
        });
    }
}
