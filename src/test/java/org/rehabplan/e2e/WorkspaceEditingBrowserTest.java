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
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.security.Role;
import org.rehabplan.security.TestAccounts;
import org.rehabplan.security.UserAccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.ObjectMapper;

/**
 * The therapist's workspace in Chromium: unsaved work is asked about before leaving and is back after a browser
 * restart; adding, removing, moving and swapping exercises re-scores the plan and keeps it safe; and the whole path
 * generate → lock → swap → save works from the keyboard. Screenshots go to target/screenshots/workspace/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(username = SignIn.USERNAME, roles = "THERAPIST")
class WorkspaceEditingBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots", "workspace");
    private static final LocatorAssertions.IsVisibleOptions SOLVING = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(60_000);
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    PatientService patients;
    @Autowired
    ObjectMapper mapper;

    private long patientId;

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

    @BeforeEach
    void aPatientWithoutAPlan() throws Exception {
        TestAccounts.ensure(accounts, SignIn.USERNAME, SignIn.PASSWORD, Role.THERAPIST);
        PatientProfile seed = mapper.readValue(Files.readString(Path.of("seeds", "01-early-all-restrictions.json")),
                PatientProfile.class);
        String json = mapper.writeValueAsString(seed).replace(seed.patientRef(), "ws-e2e-" + System.nanoTime());
        Patient patient = patients.create(mapper.readValue(json, PatientProfile.class), SignIn.USERNAME);
        patientId = patient.getId();
    }

    private Page openWorkspace(BrowserContext context) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        String url = "http://localhost:" + port + "/patients/" + patientId + "/workspace";
        page.navigate(url);
        SignIn.ifAsked(page);
        if (!page.url().endsWith("/workspace")) {
            page.navigate(url);
        }
        assertThat(page.locator("h1")).containsText("Plan for", new LocatorAssertions.ContainsTextOptions()
                .setTimeout(60_000));
        return page;
    }

    private static void generate(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate plan")).click();
        assertThat(page.getByText("Plan ready")).isVisible(SOLVING);
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
    }

    private static void expectSafeAndReScored(Page page) {
        assertThat(page.getByText("Changed and re-checked")).isVisible();
        assertThat(page.locator(".rp-score-safety")).hasText("Safe");
        assertThat(page.locator(".rp-unsaved")).isVisible();
    }

    @Test
    void leavingWithUnsavedChangesAsksAndTheDraftIsBackAfterABrowserRestart() {
        BrowserContext first = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page page = openWorkspace(first);
        generate(page);
        Locator lock = page.locator("vaadin-button[aria-label^='Lock ']").first();
        String exercise = lock.getAttribute("aria-label").substring("Lock ".length());
        lock.click();
        assertThat(page.locator(".rp-unsaved")).hasText("Unsaved changes");

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Patients")).click();
        Locator ask = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(ask).containsText("not saved as a version");
        shot(page, "leave-asks-1280");
        ask.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stay here")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/workspace$"));

        shot(page, "after-stay-1280");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Patients")).click();
        shot(page, "leave-asks-again-1280");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave (keep the draft)")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/patients$"));
        first.close();

        // a new browser context has no cookies: like closing the browser and opening it again
        BrowserContext second = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page again = openWorkspace(second);
        assertThat(again.getByText("Your unsaved draft")).isVisible();
        assertThat(again.locator(".rp-unsaved")).isVisible();
        assertThat(again.locator("vaadin-button[aria-label='Unlock " + exercise + "']").first()).isVisible();
        shot(again, "draft-back-1280");
        second.close();
    }

    @Test
    void addingRemovingMovingAndSwappingReScoresThePlanAndKeepsItSafe() {
        for (int width : new int[] {1280, 1024}) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900));
            Page page = openWorkspace(context);
            if (page.getByText("Plan ready").count() == 0 && page.getByText("Your unsaved draft").count() == 0) {
                generate(page);
            }
            Locator firstSession = page.locator(".rp-session").first();

            Locator remove = firstSession.locator("vaadin-button[aria-label^='Remove ']").first();
            String removed = remove.getAttribute("aria-label").substring("Remove ".length());
            remove.click();
            expectSafeAndReScored(page);
            assertThat(firstSession.locator(".rp-exercise-name", new Locator.LocatorOptions().setHasText(removed)))
                    .hasCount(0);

            firstSession.locator(".rp-session-add").click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            assertThat(dialog.locator("vaadin-grid")).isVisible();
            assertThat(dialog).not().containsText("hard");
            shot(page, "add-dialog-" + width);
            Locator use = dialog.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Use this")).first();
            assertThat(use).isInViewport();
            use.click();
            expectSafeAndReScored(page);

            Locator moveButton = firstSession.locator("vaadin-button[aria-label$=' to another day']").first();
            moveButton.click();
            Locator moveDialog = page.getByRole(AriaRole.DIALOG);
            shot(page, "move-dialog-" + width);
            if (moveDialog.locator("vaadin-radio-button").count() > 0) {
                moveDialog.locator("vaadin-radio-button").first().click();
                moveDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move")).click();
                expectSafeAndReScored(page);
            } else {
                moveDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
            }

            firstSession.locator("vaadin-button[aria-label^='Swap ']").first().click();
            Locator swap = page.getByRole(AriaRole.DIALOG);
            assertThat(swap).not().containsText("medium");
            Locator swapUse = swap.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Use this"))
                    .first();
            assertThat(swapUse).isInViewport();
            shot(page, "swap-dialog-" + width);
            swapUse.click();
            expectSafeAndReScored(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo")).click();
            assertThat(page.getByText("Last change undone")).isVisible();
            shot(page, "after-edits-" + width);
            context.close();
        }
    }

    @Test
    void theKeyboardAloneGeneratesLocksSwapsAndSaves() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page page = openWorkspace(context);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate plan")).focus();
        page.keyboard().press("Enter");
        assertThat(page.getByText("Plan ready")).isVisible(SOLVING);

        Locator lock = page.locator("vaadin-button[aria-label^='Lock ']").first();
        String exercise = lock.getAttribute("aria-label").substring("Lock ".length());
        lock.focus();
        page.keyboard().press("Enter");
        Locator unlock = page.locator("vaadin-button[aria-label='Unlock " + exercise + "']").first();
        assertThat(unlock).isVisible();

        // from the lock button, Tab reaches the same card's swap button
        unlock.focus();
        page.keyboard().press("Tab");
        assertThat(page.locator("vaadin-button[aria-label^='Swap ']:focus")).hasCount(1);
        page.keyboard().press("Enter");
        Locator swap = page.getByRole(AriaRole.DIALOG);
        assertThat(swap.locator("vaadin-grid")).isVisible();
        swap.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Use this")).first().focus();
        page.keyboard().press("Enter");
        assertThat(page.getByText("Changed and re-checked")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save version")).focus();
        page.keyboard().press("Enter");
        // the dialog puts the focus in its note field; typing before that would press the focused button
        assertThat(page.getByLabel("Note for this version (optional)")).isFocused();
        page.keyboard().type("Saved from the keyboard");
        Locator save = page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Save version"));
        save.focus();
        page.keyboard().press("Enter");
        assertThat(page.getByText("Saved as version 1").first()).isVisible();
        assertThat(page.locator(".rp-unsaved")).isHidden();
        context.close();
    }

    @Test
    void editingADoseReScoresThePlanKeepsItSafeAndThePrintedVersionShowsTheNewDose() throws Exception {
        for (int width : new int[] {1280, 1024}) {
            aPatientWithoutAPlan(); // a new plan each time: the dose chosen differs from the progression's
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900));
            Page page = openWorkspace(context);
            generate(page);
            Locator firstSession = page.locator(".rp-session").first();
            Locator doseButtons = firstSession.locator("vaadin-button[aria-label^='Change the dose of ']");
            String exercise = null;
            for (int i = 0; i < doseButtons.count() && exercise == null; i++) {
                Locator button = doseButtons.nth(i);
                String name = button.getAttribute("aria-label").substring("Change the dose of ".length());
                button.click();
                Locator dialog = page.getByRole(AriaRole.DIALOG);
                assertThat(dialog).containsText("Dose of " + name);
                shot(page, "dose-dialog-" + width);
                for (int s = 0; s < dialog.locator("vaadin-select").count() && exercise == null; s++) {
                    dialog.locator("vaadin-select").nth(s).click();
                    // only the opened dose select's items: the top bar's language switch has items in the page too
                    page.locator("vaadin-select-item:visible").first().waitFor();
                    Locator other = page.locator("vaadin-select-item:not([selected]):visible");
                    if (other.count() > 0) {
                        other.first().click();
                        exercise = name;
                    } else {
                        page.keyboard().press("Escape");
                    }
                }
                if (exercise == null) {
                    dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
                } else {
                    assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Set dose")))
                            .isInViewport();
                    dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Set dose")).click();
                }
            }
            assertThat(page.getByText("Changed and re-checked")).isVisible();
            assertThat(page.locator(".rp-score-safety")).hasText("Safe");
            Locator card = firstSession.locator(".rp-exercise", new Locator.LocatorOptions().setHasText(exercise));
            assertThat(card.locator(".rp-exercise-dose")).containsText("dose set by you");
            String dose = card.locator(".rp-exercise-dose").textContent().split(" · ")[0];
            shot(page, "dose-edited-" + width);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save version")).click();
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Save version")).click();
            assertThat(page.getByText("Saved as version").first()).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print / PDF")).click();
            Locator print = page.locator("a", new Page.LocatorOptions().setHasText("Print")).first();
            assertThat(print).isVisible();
            // Vaadin resolves relative links against the application root (its <base href>)
            page.navigate(java.net.URI.create("http://localhost:" + port + "/").resolve(print.getAttribute("href"))
                    .toString());
            // the first week's table: the exercise's row shows every number of the new dose
            Locator row = page.locator("table.rp-s-ticks tr", new Page.LocatorOptions().setHasText(exercise)).first();
            String printed = row.locator(".rp-s-col-dose").textContent();
            java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\d+").matcher(dose);
            while (number.find()) {
                if (!number.group().equals("1")) { // "1 × 10" prints as "10 times"
                    org.assertj.core.api.Assertions.assertThat(printed).as("printed dose of " + exercise)
                            .containsPattern("\\b" + number.group() + "\\b");
                }
            }
            shot(page, "dose-printed-" + width);
            context.close();
        }
    }
}
