package org.rehabplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.PatientService;
import org.rehabplan.patient.Profiles;
import org.rehabplan.planning.service.SolveGate;
import org.rehabplan.security.Role;
import org.rehabplan.security.TestAccounts;
import org.rehabplan.security.UserAccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a therapist with two plans being worked out in two tabs is told in words why a third is not
 * started, and closing a tab frees its solve's place. Solves here would run for a minute unless stopped (the same
 * settings as the API hang-up test, so the two share one running app).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "rehabplan.solver.parallel-solvers=1", "rehabplan.solver.queue-limit=2", "rehabplan.solver.per-user-limit=2",
        "rehabplan.solver.unimproved-limit=0s", "rehabplan.solver.unimproved-steps=2000000000",
        "rehabplan.solver.time-limit=60s", "rehabplan.solver.deadline=40s"})
class SolveAdmissionBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Autowired
    PatientService patients;

    @Autowired
    SolveGate gate;

    @BeforeAll
    static void startBrowser() {
        Chromium.assumeInstalled();
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    private Page workspaceOfANewPatient(BrowserContext context, int n) {
        long id = patients.create(Profiles.aProfile().ref("tabs-" + n + "-" + System.nanoTime())
                .displayName("Tab patient " + n).weeksOut(2).weeks(4).build(), SignIn.USERNAME).getId();
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + "/patients/" + id + "/workspace");
        SignIn.ifAsked(page);
        page.navigate("http://localhost:" + port + "/patients/" + id + "/workspace");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate plan")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        return page;
    }

    private static void generate(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate plan")).click();
    }

    @Test
    void aThirdPlanIsRefusedInWordsAndClosingATabFreesItsPlace() throws Exception {
        TestAccounts.ensure(accounts, SignIn.USERNAME, SignIn.PASSWORD, Role.THERAPIST);
        waitForAdmitted(0);
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        List<Page> tabs = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            tabs.add(workspaceOfANewPatient(context, i));
        }
        generate(tabs.get(0));
        waitForAdmitted(1);
        generate(tabs.get(1));
        waitForAdmitted(2);

        generate(tabs.get(2));

        assertThat(tabs.get(2).locator("vaadin-notification-card")).containsText(
                "You already have 2 plans being worked out");
        tabs.get(2).screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("solve-refused.png")));
        assertThat(gate.admitted()).isEqualTo(2);

        long closed = System.nanoTime();
        tabs.get(0).close(); // the tab that is solving
        waitForAdmitted(1);
        System.out.printf("TAB CLOSED: its solve's place freed after %d ms (deadline 40 s)%n",
                Duration.ofNanos(System.nanoTime() - closed).toMillis());
        assertThat(Duration.ofNanos(System.nanoTime() - closed)).isLessThan(Duration.ofSeconds(20));
        context.close();
        waitForAdmitted(0);
    }

    private void waitForAdmitted(int expected) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (gate.admitted() != expected && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(gate.admitted()).isEqualTo(expected);
    }
}
