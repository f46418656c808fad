package org.rehabplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
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
import org.rehabplan.security.Role;
import org.rehabplan.security.TestAccounts;
import org.rehabplan.security.UserAccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.ObjectMapper;

/**
 * The patient's side end to end on a 390 × 844 phone: open the share link, tick an exercise, mark the session done
 * with effort 5; the therapist then sees it on the Visits page and in the adherence API. Screenshots in
 * target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhonePageBrowserTest {

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
    void aPatientMarksASessionDoneWithEffortFiveOnAPhoneAndTheTherapistSeesIt() throws Exception {
        TestAccounts.ensure(accounts, SignIn.USERNAME, SignIn.PASSWORD, Role.THERAPIST);
        LocalDate today = LocalDate.now();
        String seed = Files.readString(Path.of("seeds", "02-high-fall-risk-no-floor.json"))
                .replaceFirst("\"anchorDate\":\\s*\"[0-9-]+\"", "\"anchorDate\": \"" + today.minusWeeks(4) + "\"")
                .replaceFirst("\"planStart\":\\s*\"[0-9-]+\"", "\"planStart\": \"" + today + "\"")
                .replaceFirst("\"planWeeks\":\\s*\\d+", "\"planWeeks\": 2")
                .replaceFirst("\"sessionDays\":\\s*\\[[^]]*]", "\"sessionDays\": [\"" + today.getDayOfWeek() + "\"]")
                .replaceFirst("\"sessionsPerWeek\":\\s*\\d+", "\"sessionsPerWeek\": 1");
        PatientProfile profile = mapper.readValue(seed, PatientProfile.class);
        long[] ids = new long[1];
        String token = asTherapist(() -> {
            Patient patient = patients.create(profile, SignIn.USERNAME);
            PlanResult plan = generator.generate(profile, List.of());
            PlanVersion version = versions.save(patient.getId(), profile, plan, List.of(), SignIn.USERNAME, null,
                    null);
            ids[0] = patient.getId();
            return shares.create(patient.getId(), version.getId()).token();
        });
        String base = "http://localhost:" + port;

        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true))) {
            Page page = phone.newPage();
            page.navigate(base + "/share/" + token);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Today, ")))
                    .isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("phone-1-today.png")).setFullPage(true));
            int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);

            Locator firstDone = page.locator("button.rp-p-button").first();
            String firstLabel = firstDone.getAttribute("aria-label");
            firstDone.click();
            assertThat(page.getByText("Saved. Well done!")).isVisible();
            assertThat(page.locator("button[aria-label='" + firstLabel.replace("'", "\\'") + "']")).hasCount(0);
            assertThat(page.getByText("Done ✓").first()).isVisible();

            page.locator("select[name=effort]").selectOption("5");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I did this session")).click();
            assertThat(page.getByText("Session done ✓ · effort 5/10")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("phone-2-done.png")).setFullPage(true));
        }

        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/api/patients/" + ids[0] + "/adherence"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (SignIn.USERNAME + ":" + SignIn.PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(mapper.readTree(api.body()).get(0).get("done").asInt()).isEqualTo(1);
        assertThat(mapper.readTree(api.body()).get(0).get("effort").asDouble()).isEqualTo(5.0);

        try (BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = desk.newPage();
            page.navigate(base + "/patients/" + ids[0] + "/visits");
            SignIn.ifAsked(page);
            page.navigate(base + "/patients/" + ids[0] + "/visits");
            Locator adherence = page.locator("#adherence");
            assertThat(adherence).containsText("1 of 1 sessions done");
            assertThat(adherence).containsText("effort 5");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("visits-adherence.png"))
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
