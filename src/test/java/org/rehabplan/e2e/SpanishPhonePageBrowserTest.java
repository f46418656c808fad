package org.rehabplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
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
import org.rehabplan.security.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.ObjectMapper;

/**
 * A Spanish-reading patient on a 390 × 844 phone: the share link opens in Spanish, the Done button and the session's
 * effort question answer in Spanish, and the longer Spanish lines still fit the screen. Screenshots in
 * target/screenshots/phone-es-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpanishPhonePageBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    PatientService patients;
    @Autowired
    PlanVersionService versions;
    @Autowired
    PlanGenerator generator;
    @Autowired
    ShareLinkService shares;
    @Autowired
    ObjectMapper mapper;

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
    void aSpanishReadingPatientMarksAnExerciseAndTheSessionDoneInSpanish() throws Exception {
        LocalDate today = LocalDate.now();
        String seed = Files.readString(Path.of("seeds", "01-early-all-restrictions.json"))
                .replaceFirst("\"procedureDate\":\\s*\"[0-9-]+\"", "\"procedureDate\": \"" + today.minusWeeks(3) + "\"")
                .replaceFirst("\"planStart\":\\s*\"[0-9-]+\"", "\"planStart\": \"" + today + "\"")
                .replaceFirst("\"planWeeks\":\\s*\\d+", "\"planWeeks\": 2")
                .replaceFirst("\"sessionDays\":\\s*\\[[^]]*]", "\"sessionDays\": [\"" + today.getDayOfWeek() + "\"]")
                .replaceFirst("\"sessionsPerWeek\":\\s*\\d+", "\"sessionsPerWeek\": 1")
                .replaceFirst("\\{", "{ \"language\": \"es\",");
        PatientProfile profile = mapper.readValue(seed, PatientProfile.class);
        String token = asTherapist(() -> {
            Patient patient = patients.create(profile, SignIn.USERNAME);
            PlanResult plan = generator.generate(profile, List.of());
            PlanVersion version = versions.save(patient.getId(), profile, plan, List.of(), SignIn.USERNAME, null,
                    null);
            return shares.create(patient.getId(), version.getId()).token();
        });

        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true))) {
            Page page = phone.newPage();
            page.navigate("http://localhost:" + port + "/share/" + token);
            assertThat(page.locator("html")).hasAttribute("lang", "es-ES");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hoy, "))).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("phone-es-1-hoy.png"))
                    .setFullPage(true));
            int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);

            Locator firstDone = page.locator("button.rp-p-button").first();
            assertThat(firstDone).hasText("Hecho");
            firstDone.click();
            assertThat(page.getByText("Guardado. ¡Muy bien!")).isVisible();
            assertThat(page.getByText("Hecho ✓").first()).isVisible();

            page.locator("select[name=effort]").selectOption("5");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("He hecho esta sesión")).click();
            assertThat(page.getByText("Sesión hecha ✓ · esfuerzo 5/10")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("phone-es-2-hecho.png"))
                    .setFullPage(true));
        }
    }

    private static <T> T asTherapist(Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SignIn.USERNAME, null,
                List.of(new SimpleGrantedAuthority("ROLE_THERAPIST"))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
