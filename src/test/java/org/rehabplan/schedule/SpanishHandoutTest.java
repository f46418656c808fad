package org.rehabplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.plan.SavedPlan;
import org.rehabplan.planning.service.PlanGenerator;
import org.rehabplan.schedule.ScheduleTemplate.Medium;
import org.rehabplan.schedule.ScheduleTemplate.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A patient whose profile says {@code "language": "es"} gets the print page, the PDF, the phone page and the booklet
 * behind the share link with no English left: every word of ours and of the catalog is read back from what the
 * patient would see (PDF text, page text and the labels screen readers speak) and checked against English words.
 */
// the shared test context: no clinic name is configured, so the handout names "su clínica de fisioterapia" itself
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "ana.gomez", roles = "THERAPIST")
class SpanishHandoutTest {

    /** English words that are not Spanish words too: one of them in the Spanish papers is a sentence left untranslated. */
    static final List<String> ENGLISH = List.of("the", "The", "and", "your", "Your", "you", "You", "with", "With",
            "Week", "week", "weeks", "of", "Don", "don", "lift", "Lift", "minute", "minutes", "time", "times", "sets",
            "second", "seconds", "hold", "Hold", "Tip", "Take care", "Rules", "How", "how", "Stop", "stop", "call",
            "Call", "Done", "Print", "Download", "Today", "today", "exercise", "exercises", "Exercise", "about", "back",
            "bed", "chair", "walk", "Walk", "Walking", "each", "for", "For", "from", "From", "into", "onto", "is", "it",
            "not", "or", "this", "This", "that", "when", "When", "if", "If", "Who", "Open", "phone", "Phone", "Monday",
            "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Wed", "Thu", "Fri",
            "Sat", "Sun", "January", "February", "March", "April", "June", "July", "August", "September", "October",
            "November", "December", "Keep", "keep", "feet", "knees", "hands", "slowly", "Lie", "Sit", "Stand", "pain",
            "Pain", "fall", "Tick", "booklet", "session", "sessions", "day", "days", "Until", "until", "done",
            "Aim here", "How much", "As well as");

    /** Names, not sentences: publications and bodies the sources cite, and the people and clinic of this test. */
    static final List<String> NAMES = List.of("Too Fit To Fracture", "Strong, Steady and Straight",
            "Royal Osteoporosis Society", "Osteoporosis International", "British Journal of Sports Medicine",
            "Physical Therapy", "Tri-State Brain & Spine", "Grady Health", "BayCare", "Krames", "Osteoporosis Canada",
            "Giangregorio", "Brooke-Wavell", "Thomeé", "RehabPlan", "María López", "ana.gomez");

    @Autowired
    MockMvc mvc;
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
    ScheduleService schedules;

    private static final String PHONE_URL = "https://rehab.example.org/share/abc";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"01-early-all-restrictions.json", "05-high-pain.json", "02-high-fall-risk-no-floor.json"})
    void aSpanishSpeakingPatientGetsPrintPagePdfAndPhonePageWithNoEnglishLeft(String seed) throws Exception {
        PatientProfile profile = spanish(seed);
        Patient patient = patients.create(profile, "ana.gomez");
        PlanResult plan = generator.generate(profile, List.of());
        assertThat(plan.feasible()).isTrue();
        PlanVersion version = versions.save(patient.getId(), profile, plan, List.of(), "ana.gomez", null, null);
        String token = shares.create(patient.getId(), version.getId()).token();
        // the therapist's print page and PDF as their controller renders them (the owner check is the service's)
        SavedPlan saved = schedules.savedPlan(patient.getId(), version.getId()).orElseThrow();
        String page = schedules.html(saved, printPage(patient.getId(), version.getId()));
        byte[] pdf = schedules.pdf(saved, Page.pdf().withPhoneUrl(PHONE_URL));
        String phone = mvc.perform(get("/share/" + token).with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String booklet = mvc.perform(get("/share/" + token + "/booklet").with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        keepForReview(pdf, "es-" + seed.replace(".json", ".pdf"));
        assertThat(page).contains("lang=\"es-ES\"");
        assertThat(phone).contains("lang=\"es-ES\"");
        assertThat(englishIn(pdfText(pdf))).as("English in the PDF").isEmpty();
        assertThat(englishIn(visibleText(page))).as("English on the print page").isEmpty();
        assertThat(englishIn(visibleText(phone))).as("English on the phone page").isEmpty();
        assertThat(englishIn(visibleText(booklet))).as("English in the booklet behind the link").isEmpty();

        String text = oneLine(pdfText(pdf));
        assertThat(text).contains("Semana 1 de " + plan.weeks().size()).contains("Su plan de ejercicios")
                .contains("Cuándo parar y llamar").contains("Su clínica de fisioterapia");
        // dates written out the Spanish way: "lunes 30 de noviembre de 2026"
        assertThat(text).containsPattern("(lunes|martes|miércoles|jueves|viernes|sábado|domingo) \\d{1,2} de "
                + "(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \\d{4}");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"01-early-all-restrictions.json"})
    void aLiftLimitReadsInSpanishNumbersWithASpanishEverydayComparison(String seed) throws Exception {
        PatientProfile profile = spanish(seed);
        Patient patient = patients.create(profile, "ana.gomez");
        PlanResult plan = generator.generate(profile, List.of());
        PlanVersion version = versions.save(patient.getId(), profile, plan, List.of(), "ana.gomez", null, null);
        SavedPlan saved = schedules.savedPlan(patient.getId(), version.getId()).orElseThrow();

        String page = visibleText(schedules.html(saved, printPage(patient.getId(), version.getId())));

        // the seed limits lifting to 4.5 kg: a decimal comma, and the gallon of milk in Spanish words
        assertThat(page).contains("No levante más de 4,5 kg, más o menos lo que pesa un galón de leche");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"01-early-all-restrictions.json"})
    void theSameSeedWithoutALanguageStillGetsItsHandoutInEnglish(String seed) throws Exception {
        ObjectNode json = (ObjectNode) mapper.readTree(Files.readString(Path.of("seeds", seed)));
        PatientProfile profile = mapper.treeToValue(json, PatientProfile.class);
        assertThat(profile.language()).isEqualTo("en");
        Patient patient = patients.create(profile, "ana.gomez");
        PlanResult plan = generator.generate(profile, List.of());
        PlanVersion version = versions.save(patient.getId(), profile, plan, List.of(), "ana.gomez", null, null);

        byte[] pdf = schedules.pdf(schedules.savedPlan(patient.getId(), version.getId()).orElseThrow(),
                Page.pdf().withPhoneUrl(PHONE_URL));
        keepForReview(pdf, "en-" + seed.replace(".json", ".pdf"));

        String text = oneLine(pdfText(pdf));
        assertThat(text).contains("Your exercise schedule").contains("Week 1 of " + plan.weeks().size())
                .contains("Don't lift more than 4.5 kg — about a gallon (4 litres) of milk")
                .contains("When to stop and call").contains("Page 1 of ");
        assertThat(text).doesNotContain("Semana").doesNotContain("Página");
    }

    private static Page printPage(long patientId, long versionId) {
        String url = ScheduleController.pageUrl(patientId, versionId);
        return new Page(Medium.BROWSER, "", url + ".pdf", false, PHONE_URL);
    }

    /** The rendered PDFs stay in target/handouts, to read them as a patient would (pdftoppm -png). */
    private static void keepForReview(byte[] pdf, String name) throws IOException {
        Path folder = Path.of("target", "handouts");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), pdf);
    }

    /** The seed, in Spanish, for a named patient, starting this Monday so the phone page has sessions ahead. */
    private PatientProfile spanish(String seed) throws IOException {
        ObjectNode json = (ObjectNode) mapper.readTree(Files.readString(Path.of("seeds", seed)));
        LocalDate procedure = LocalDate.parse(json.get("anchorDate").asString());
        LocalDate start = LocalDate.parse(json.get("planStart").asString());
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        json.put("planStart", monday.toString());
        json.put("anchorDate", monday.minusDays(start.toEpochDay() - procedure.toEpochDay()).toString());
        json.put("displayName", "María López");
        json.put("language", "es");
        return mapper.treeToValue(json, PatientProfile.class);
    }

    /** Every English word of the list found in the text (names removed first), with a little context each. */
    static List<String> englishIn(String text) {
        String rest = text;
        for (String name : NAMES) {
            rest = rest.replace(name, " ");
        }
        List<String> found = new ArrayList<>();
        for (String word : ENGLISH) {
            Matcher m = Pattern.compile("(?<![\\p{L}'’-])" + Pattern.quote(word) + "(?![\\p{L}'’-])").matcher(rest);
            if (m.find()) {
                found.add(word + " in \"…" + rest.substring(Math.max(0, m.start() - 40),
                        Math.min(rest.length(), m.end() + 40)).replaceAll("\\s+", " ") + "…\"");
            }
        }
        return found;
    }

    /** What a reader sees or hears of a page: its text, its title and the labels of pictures and buttons. */
    static String visibleText(String html) {
        String body = html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<script.*?</script>", " ");
        StringBuilder text = new StringBuilder();
        Matcher labels = Pattern.compile("(?:aria-label|title|alt|placeholder)=\"([^\"]*)\"").matcher(body);
        while (labels.find()) {
            text.append(labels.group(1)).append('\n');
        }
        text.append(body.replaceAll("<[^>]+>", " "));
        return text.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
