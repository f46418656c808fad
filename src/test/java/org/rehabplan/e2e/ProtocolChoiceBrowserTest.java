package org.rehabplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
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
 * A therapist picks the protocol first: the form relabels the anchor date and fills the protocol's default
 * restrictions, the plan follows that protocol's phases, and the printed schedule speaks of that condition.
 * Screenshots and the printed PDF go to target/screenshots/protocol-*.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProtocolChoiceBrowserTest {

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
    void aTherapistPicksTheFractureProtocolSeesItsDefaultsGeneratesAndPrints() throws Exception {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/patients/new");
        SignIn.ifAsked(page);
        assertThat(page.getByText("New patient").first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));

        // the protocol first: its anchor date and its defaults follow
        page.locator("#protocol").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions()
                .setHasText("Vertebral compression fracture managed without surgery")).click();
        assertThat(page.getByLabel("Fracture date")).isVisible();
        page.getByLabel("Patient reference").fill("e2e-fracture");
        page.getByLabel("Name shown on the schedule").fill("Freda Fracture");
        fillDate(page, "Fracture date", "2 Nov 2026");
        fillDate(page, "Plan starts", "23/11/2026");
        assertThat(page.getByText("The plan starts 3 weeks after the fracture (Acute protection phase).")).isVisible();
        // the fracture protocol's defaults: no bending until 16 weeks (kyphoplasty: 12)
        assertThat(page.getByLabel("Until week", new Page.GetByLabelOptions().setExact(true)).first()).hasValue("16");
        assertThat(page.getByText("4+ caps exercises at level 2", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        page.getByLabel("Pain now (0–10)").fill("3");
        page.getByText("Moderate", new Page.GetByTextOptions().setExact(true)).click();
        page.getByText("Firm chair", new Page.GetByTextOptions().setExact(true)).click();
        page.getByText("Sturdy chair back to hold", new Page.GetByTextOptions().setExact(true)).click();
        page.getByText("Wall", new Page.GetByTextOptions().setExact(true)).click();
        page.getByText("Kitchen counter", new Page.GetByTextOptions().setExact(true)).click();
        page.getByText("Pillow", new Page.GetByTextOptions().setExact(true)).click();
        page.getByText("Walks with a stick, crutch or frame", new Page.GetByTextOptions().setExact(true)).click();
        shot(page, "protocol-01-fracture-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save patient")).click();

        Locator generate = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate plan"));
        assertThat(generate).isVisible();
        generate.click();
        assertThat(page.getByText("Plan ready")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.getByText("Acute protection").first()).isVisible();
        shot(page, "protocol-02-fracture-plan");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save version")).click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Save version")).click();
        assertThat(page.getByText("Saved as version 1").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print / PDF")).click();
        assertThat(page.getByText("Schedule for Freda Fracture")).isVisible();
        // the handout speaks of this condition: its warning sign, the brace advice, no wound
        page.waitForURL(java.util.regex.Pattern.compile(".*/patients/\\d+/plans/\\d+$"));
        String schedule = page.url().replaceFirst("/patients/(\\d+)/plans/(\\d+)$", "/schedule/$1/$2");
        Page print = context.newPage();
        print.navigate(schedule);
        shot(print, "protocol-03-fracture-schedule");
        assertThat(print.getByText("your pain is no better after 6 weeks", new Page.GetByTextOptions().setExact(false)))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(print.getByText("back brace", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        assertThat(print.getByText("wound", new Page.GetByTextOptions().setExact(false))).hasCount(0);
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve("protocol-03-fracture-handout.pdf"),
                print.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true)));
        context.close();
    }

    private static void fillDate(Page page, String label, String date) {
        Locator input = page.getByLabel(label);
        input.fill(date);
        input.press("Enter");
    }
}
