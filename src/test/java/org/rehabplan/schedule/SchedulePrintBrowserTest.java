package org.rehabplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.rehabplan.e2e.Chromium;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.planning.service.PlanGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.ObjectMapper;

/**
 * The patient's share page in real Chromium, in print media: no buttons or app frame on paper, large type, one week per
 * printed page. Writes target/screenshots/print-view.png (print media, whole page), print-view-week-1.png and
 * print-view.pdf (Chromium's own print), to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(username = "therapist", roles = "THERAPIST")
class SchedulePrintBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
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

    @Test
    void thePrintedBookletKeepsEachWeekWholeInLargeTypeWithoutButtonsOrAppChrome() throws Exception {
        Chromium.assumeInstalled();
        PatientProfile profile = mapper.readValue(Files.readString(Path.of("seeds", "01-early-all-restrictions.json")),
                PatientProfile.class);
        Patient patient = patients.create(profile, "therapist");
        PlanResult plan = generator.generate(profile, List.of());
        PlanVersion version = versions.save(patient.getId(), profile, plan, List.of(), "therapist", null, null);
        String token = shares.create(patient.getId(), version.getId()).token();
        Files.createDirectories(SHOTS);

        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(900, 1200));
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/share/" + token + "/booklet");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("share-page.png")));
            assertThat(page.locator(".rp-s-toolbar button").isVisible()).isTrue();

            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("print-view.png")).setFullPage(true));
            page.locator(".rp-s-week").first().screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(SHOTS.resolve("print-view-week-1.png")));

            assertThat(page.locator(".rp-s-toolbar").isVisible()).as("buttons are not printed").isFalse();
            assertThat(page.locator("vaadin-app-layout, vaadin-side-nav").count()).as("no app chrome").isZero();
            double bodyPx = ((Number) page.evaluate(
                    "parseFloat(getComputedStyle(document.querySelector('.rp-s-education li')).fontSize)")).doubleValue();
            assertThat(bodyPx).as("advice text at least 12.5 pt (16.6 px)").isGreaterThanOrEqualTo(16.6);
            double rulesPx = ((Number) page.evaluate(
                    "parseFloat(getComputedStyle(document.querySelector('.rp-s-week li')).fontSize)")).doubleValue();
            assertThat(rulesPx).as("week rules at least 12 pt (16 px)").isGreaterThanOrEqualTo(16.0);
            assertThat(page.evaluate("getComputedStyle(document.querySelector('.rp-s-week')).breakInside"))
                    .as("a week never splits").isEqualTo("avoid");
            assertThat(page.locator(".rp-s-week").count()).isEqualTo(plan.weeks().size());
            assertThat(page.locator(".rp-s-tick").count()).isPositive();

            byte[] printed = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));
            Files.write(SHOTS.resolve("print-view.pdf"), printed);
            try (PDDocument pdf = Loader.loadPDF(printed)) {
                assertThat(pdf.getNumberOfPages()).as("cover and advice, then the weeks, within 16 pages")
                        .isBetween(4, 16);
            }
            context.close();
        }
    }
}
