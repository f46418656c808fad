package org.rehabplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.planning.service.PlanGenerator;
import org.rehabplan.schedule.ShareLinkService;
import org.rehabplan.security.Role;
import org.rehabplan.security.TestAccounts;
import org.rehabplan.security.UserAccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.ObjectMapper;

/**
 * Every main page checked by axe-core in Chromium (0 serious or critical violations) at 1280 and 1024 px wide, each
 * with one h1 and one main landmark; screenshots of each go to target/screenshots/pages/ for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(username = SignIn.USERNAME, roles = "THERAPIST")
class PagesAccessibilityBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots", "pages");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    PatientService patients;
    @Autowired
    PlanVersionService versions;
    @Autowired
    PlanGenerator generator;
    @Autowired
    ShareLinkService shares;
    @Autowired
    org.rehabplan.visit.VisitService visits;

    private static final String ADMIN = "e2e-admin";
    private static final String ADMIN_PASSWORD = "e2e-admin-password-123";

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

    @Test
    void everyMainPageHasOneH1AMainLandmarkAndNoSeriousOrCriticalAxeViolationsAt1280And1024Pixels()
            throws Exception {
        TestAccounts.ensure(accounts, SignIn.USERNAME, SignIn.PASSWORD, Role.THERAPIST);
        PatientProfile profile = mapper.readValue(Files.readString(Path.of("seeds", "01-early-all-restrictions.json")),
                PatientProfile.class);
        Patient patient = patients.create(profile, SignIn.USERNAME);
        PlanResult plan = generator.generate(profile, List.of());
        PlanVersion version = versions.save(patient.getId(), profile, plan, List.of(), SignIn.USERNAME, null, null);
        String token = shares.create(patient.getId(), version.getId()).token();
        // a visit, so the visits page shows its list with the correct and delete buttons
        visits.record(patient.getId(), new org.rehabplan.visit.VisitEntry(
                java.time.LocalDate.now().minusDays(1), 3, "Walks daily", 11.5, 10, Map.of()));
        TestAccounts.ensure(accounts, ADMIN, ADMIN_PASSWORD, Role.ADMIN);
        String base = "http://localhost:" + port;
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("login", "/login");
        pages.put("patients", "/patients");
        pages.put("patient-editor", "/patients/" + patient.getId() + "/edit");
        pages.put("new-patient", "/patients/new");
        pages.put("workspace", "/patients/" + patient.getId() + "/workspace");
        pages.put("visits", "/patients/" + patient.getId() + "/visits");
        pages.put("catalog", "/catalog");
        pages.put("saved-version", "/patients/" + patient.getId() + "/plans/" + version.getId());
        pages.put("share", "/share/" + token);

        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1280, 1024}) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900)
                    .setBypassCSP(true)); // the share page's CSP would block the injected axe script
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            for (var entry : pages.entrySet()) {
                page.navigate(base + entry.getValue());
                if (!entry.getKey().equals("login")) {
                    SignIn.ifAsked(page);
                    if (!page.url().endsWith(entry.getValue())) {
                        page.navigate(base + entry.getValue());
                    }
                }
                assertThat(page.locator("h1").first()).isVisible(new LocatorAssertions.IsVisibleOptions()
                        .setTimeout(60_000));
                page.waitForTimeout(500); // let Vaadin finish rendering the page's components
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(SHOTS.resolve(entry.getKey() + "-" + width + ".png")));
                if (entry.getKey().equals("visits")) {
                    page.locator("vaadin-grid").last().scrollIntoViewIfNeeded();
                    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("visits-list-" + width
                            + ".png")));
                }
                if (entry.getKey().equals("workspace")) {
                    page.locator(".rp-session").first().scrollIntoViewIfNeeded();
                    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("workspace-board-" + width
                            + ".png")));
                }
                int h1 = page.locator("h1:visible").count();
                int main = page.locator("main, [role=main]").count();
                if (h1 != 1) {
                    problems.add(entry.getKey() + " @" + width + ": " + h1 + " visible h1 elements");
                }
                if (main != 1) {
                    problems.add(entry.getKey() + " @" + width + ": " + main + " main landmarks");
                }
                Axe.seriousOrCritical(page).forEach(v -> problems.add(entry.getKey() + " @" + width + ": " + v));
                if (entry.getKey().equals("workspace")) {
                    // the dose dialog, opened from the first exercise card that has one
                    page.locator("vaadin-button[aria-label^='Change the dose of ']").first().click();
                    assertThat(page.getByText("The progression plans")).isVisible(
                            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
                    page.waitForTimeout(500);
                    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("dose-dialog-" + width
                            + ".png")));
                    Axe.seriousOrCritical(page).forEach(v -> problems.add("dose dialog @" + width + ": " + v));
                    page.keyboard().press("Escape");
                }
            }
            context.close();
            // the admin's page, signed in as an admin
            BrowserContext admin = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900));
            Page page2 = admin.newPage();
            page2.setDefaultTimeout(60_000);
            page2.navigate(base + "/admin/therapists");
            SignIn.ifAsked(page2, ADMIN, ADMIN_PASSWORD);
            if (!page2.url().endsWith("/admin/therapists")) {
                page2.navigate(base + "/admin/therapists");
            }
            assertThat(page2.locator("h1").first()).isVisible(new LocatorAssertions.IsVisibleOptions()
                    .setTimeout(60_000));
            page2.waitForTimeout(500);
            page2.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SHOTS.resolve("admin-" + width + ".png")));
            assertThat(page2.locator("vaadin-grid")).not().containsText("THERAPIST");
            Axe.seriousOrCritical(page2).forEach(v -> problems.add("admin @" + width + ": " + v));
            admin.close();
        }
        assertThat(problems).isEmpty();
    }
}
