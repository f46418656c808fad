package org.rehabplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Ending an account ends its sessions: once an admin disables an account or sets its password, every browser
 * session signed in before is signed out on its next request, not only new sign-ins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountSessionsTest {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    private long account(String name) {
        TestAccounts.ensure(accounts, name, PASSWORD, Role.THERAPIST);
        return accounts.find(name).orElseThrow().getId();
    }

    @Test
    void disablingAnAccountSignsOutItsOpenSessions() throws Exception {
        long id = account("sessions-disabled");
        BrowserSession first = new BrowserSession(port).signIn("sessions-disabled", PASSWORD);
        BrowserSession second = new BrowserSession(port).signIn("sessions-disabled", PASSWORD);
        assertThat(first.isSignedIn()).isTrue();

        TestAccounts.asAdmin(() -> accounts.setEnabled(id, false));

        assertThat(first.isSignedIn()).isFalse();
        assertThat(second.isSignedIn()).isFalse();
        assertThat(BrowserSession.location(first.get("/"))).contains("/login");
    }

    @Test
    void anAdminSettingThePasswordSignsOutTheOpenSessions() throws Exception {
        long id = account("sessions-reset");
        BrowserSession browser = new BrowserSession(port).signIn("sessions-reset", PASSWORD);

        TestAccounts.asAdmin(() -> accounts.resetPassword(id, "a-brand-new-secret"));

        assertThat(browser.isSignedIn()).isFalse();
        BrowserSession again = new BrowserSession(port);
        assertThat(BrowserSession.location(again.postLogin("sessions-reset", PASSWORD, again.csrfTokenOfLoginPage())))
                .contains("error");
    }

    @Test
    void anUnrelatedAccountsSessionStaysSignedIn() throws Exception {
        account("sessions-bystander");
        long other = account("sessions-other");
        BrowserSession bystander = new BrowserSession(port).signIn("sessions-bystander", PASSWORD);

        TestAccounts.asAdmin(() -> accounts.setEnabled(other, false));

        assertThat(bystander.isSignedIn()).isTrue();
    }

    @Test
    void aSignInFormWithoutTheCsrfTokenIsRefused() throws Exception {
        account("sessions-csrf");
        BrowserSession forged = new BrowserSession(port);
        HttpResponse<String> response = forged.postLogin("sessions-csrf", PASSWORD, null);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(forged.isSignedIn()).isFalse();
    }

    @Test
    void appPagesSendTheBrowserHardeningHeaders() throws Exception {
        HttpResponse<String> login = new BrowserSession(port).get("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void anApiCallOfAnAccountWhosePasswordAnAdminSetIsRefusedUntilItIsChanged() throws Exception {
        long id = account("sessions-forced");
        TestAccounts.asAdmin(() -> accounts.resetPassword(id, "admin-chose-this-one"));
        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString("sessions-forced:admin-chose-this-one".getBytes());
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/patients")).header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("/api/account/password");

        HttpResponse<String> weak = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/account/password")).header("Authorization", basic).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"admin-chose-this-one\","
                        + "\"newPassword\":\"password12\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("newPassword", "common");

        HttpResponse<String> changed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/account/password")).header("Authorization", basic).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"admin-chose-this-one\","
                        + "\"newPassword\":\"my own long secret\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).isEqualTo(204);
        String mine = "Basic " + Base64.getEncoder().encodeToString("sessions-forced:my own long secret".getBytes());
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/patients"))
                .header("Authorization", mine).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }
}
