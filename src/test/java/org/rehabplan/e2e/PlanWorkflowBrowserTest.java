package org.rehabplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabplan.security.Role;
import org.rehabplan.security.TestAccounts;
import org.rehabplan.security.UserAccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A therapist's first visit in a real browser: enter a patient, generate, lock an exercise, re-generate and see the
 * lock kept. Screenshots of each step go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanWorkflowBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @BeforeEach
    void createTheTestTherapist() {
        TestAccounts.ensure(accounts, SignIn.USERNAME, SignIn.PASSWORD, Role.THERAPIST);
    }

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

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    void aTherapistEntersAPatientGeneratesLocksAnExerciseAndTheLockSurvivesRegenerating() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/");
        SignIn.ifAsked(page);
        // the first page load of a fresh server can take a while (dev-mode bundle check)
        assertThat(page.getByText("Patients").first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        shot(page, "01-patients");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New patient")).click();
        page.getByLabel("Patient reference").fill("e2e-001");
        page.getByLabel("Name shown on the schedule").fill("Edith E2E");
        // typed as the page shows dates (its one date format), and as a numeric day/month date
        fillDate(page, "Procedure date", "2 Nov 2026");
        fillDate(page, "Plan starts", "16/11/2026");
        page.getByLabel("Pain now (0–10)").fill("3");
        page.getByText("Moderate", new Page.GetByTextOptions().setExact(true)).click();
        page.getByText("Firm chair", new Page.GetByTextOptions().setExact(true)).click();
        page.getByText("Wall", new Page.GetByTextOptions().setExact(true)).click();
        page.getByText("Resistance band", new Page.GetByTextOptions().setExact(true)).click();
        page.getByText("Kitchen counter", new Page.GetByTextOptions().setExact(true)).click();
        shot(page, "02-new-patient");
        assertThat(page.getByLabel("Plan starts")).hasValue("16 Nov 2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save patient")).click();

        Locator generate = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate plan"));
        assertThat(generate).isVisible();
        generate.click();
        Locator ready = page.getByText("Plan ready");
        assertThat(ready).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        shot(page, "03-plan");

        Locator firstLock = page.locator("vaadin-button[aria-label^='Lock ']").first();
        String label = firstLock.getAttribute("aria-label");
        String exercise = label.substring("Lock ".length());
        firstLock.click();
        assertThat(page.locator("vaadin-button[aria-label='Unlock " + exercise + "']").first()).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Re-solve (keeps locks)")).click();
        assertThat(page.getByText("Plan ready")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.locator("vaadin-button[aria-label='Unlock " + exercise + "']").first()).isVisible();
        shot(page, "04-after-resolve-with-lock");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save version")).click();
        page.getByLabel("Note for this version (optional)").fill("First plan, discussed with the patient");
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Save version")).click();
        assertThat(page.getByText("Saved as version 1").first()).isVisible();
        page.getByText("Saved versions (1)").click();
        assertThat(page.getByText("First plan, discussed with the patient")).isVisible();
        shot(page, "04b-saved-version");

        page.locator(".rp-exercise .rp-why").first().click();
        shot(page, "05-why");
        page.getByText("Excluded exercises").first().click();
        shot(page, "06-excluded");

        page.navigate("http://localhost:" + port + "/catalog");
        assertThat(page.getByText("Exercise catalog").first()).isVisible();
        shot(page, "07-catalog");
        context.close();
    }

    private static void fillDate(Page page, String label, String date) {
        Locator input = page.getByLabel(label);
        input.fill(date);
        input.press("Enter");
    }
}
