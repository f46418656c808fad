package org.rehabplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.patient.Profiles;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.planning.service.PlanGenerator;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;
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

/**
 * A therapist whose browser asks for Spanish sees the main pages in Spanish: sign-in, patients, the patient editor,
 * the workspace with a saved plan (its reasons and exercise names included), visits and the catalog (its exercises'
 * names too). Each page's text is scanned for common English words; only the name of the Timed Up and Go test is left
 * out of the scan. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpanishScreensBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String USER = "e2e-fisio";
    private static final String PASSWORD = "clave-de-prueba-123";
    /** Words a page in Spanish would not contain (none of them is also a Spanish word). */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|and|with|for|your|you|this|that|of|to|from|is|"
            + "are|not|week|weeks|Week|Weeks|Save|save|New|Edit|Search|Find|Cancel|Name|Level|level|Visit|Visits|"
            + "Sign|Password|Username|Print|Generate|Undo|Patients|Patient|Exercise|Exercises|Safe|safe|Session|"
            + "session|minutes|Add|Remove|Lock|Swap|Move|Why|Back|Open|Download|Share|Date|Pain|pain|Notes|Category|"
            + "Position|Show|Archive|Restrictions|Limits|Equipment|Quality|Details|Version|version|Log|in|Home|"
            + "Change|Record|Weeks|Phase|Protection|Early|strengthening|bending|twisting|lift|Catalog|catalog)\\b");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    PatientService patients;
    @Autowired
    PlanGenerator generator;
    @Autowired
    PlanVersionService versions;

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
    void theMainPagesInSpanishHaveNoEnglishLeft() {
        TestAccounts.ensure(accounts, USER, PASSWORD, Role.THERAPIST);
        PatientProfile profile = Profiles.aProfile().ref("lucia-01").displayName("Lucía Prueba").weeksOut(2).weeks(4)
                .restriction(Restriction.of(RestrictionType.NO_SPINAL_ROTATION, 12))
                .restriction(Restriction.liftLimit(2.5, 8)).build();
        Patient patient = patients.create(profile, USER);
        PlanResult plan = generator.generate(profile, List.of());
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext asTherapist = SecurityContextHolder.createEmptyContext();
        asTherapist.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(USER, null,
                List.of(new SimpleGrantedAuthority("ROLE_THERAPIST"))));
        SecurityContextHolder.setContext(asTherapist);
        try {
            versions.save(patient.getId(), profile, plan, List.of(), USER, null, null);
        } finally {
            SecurityContextHolder.setContext(previous);
        }

        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("es-ES")
                .setViewportSize(1400, 1000));
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        String base = "http://localhost:" + port + "/";
        List<String> found = new ArrayList<>();

        page.navigate(base + "login");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entrar")).waitFor();
        found.addAll(english(page, "01-login"));
        page.getByLabel("Usuario", new Page.GetByLabelOptions().setExact(true)).fill(USER);
        page.getByLabel("Contraseña", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entrar")).click();
        page.waitForURL(url -> !url.contains("/login"));

        page.navigate(base + "patients");
        page.getByText("Lucía Prueba").first().waitFor();
        found.addAll(english(page, "02-patients"));

        page.navigate(base + "patients/new");
        page.getByLabel("Referencia del paciente").waitFor();
        found.addAll(english(page, "03-patient-editor"));

        page.navigate(base + "patients/" + patient.getId() + "/workspace");
        page.getByText("Semana 1").first().waitFor();
        found.addAll(english(page, "04-workspace"));

        page.navigate(base + "patients/" + patient.getId() + "/visits");
        page.getByText("Visitas de control").first().waitFor();
        found.addAll(english(page, "05-visits"));

        page.navigate(base + "catalog");
        page.getByText("Catálogo de ejercicios").first().waitFor();
        found.addAll(english(page, "06-catalog"));

        context.close();
        assertThat(found).as("English words on the Spanish screens").isEmpty();
    }

    /** English words on the page (visible text, and the text of folded "why" details), with where they stand. */
    private List<String> english(Page page, String name) {
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("es-" + name + ".png")).setFullPage(true));
        String text = (String) page.evaluate("() => document.body.innerText + '\\n' + "
                + "(document.querySelector('main') ? document.querySelector('main').textContent : '')");
        text = text.replace("Timed Up and Go", " ").replace("RehabPlan", " ");
        List<String> found = new ArrayList<>();
        if (text.contains("!{")) {
            found.add(name + ": a key missing from the bundle: …" + text.substring(text.indexOf("!{"),
                    Math.min(text.length(), text.indexOf("!{") + 60)) + "…");
        }
        Matcher m = ENGLISH.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            int to = Math.min(text.length(), m.end() + 40);
            found.add(name + ": «" + m.group() + "» in …" + text.substring(from, to).replace('\n', ' ') + "…");
        }
        return found;
    }
}
