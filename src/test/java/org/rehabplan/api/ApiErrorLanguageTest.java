package org.rehabplan.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's error answers speak the client's language (Accept-Language: Spanish or English, English for anything
 * else and without the header) and keep their shape: a summary and, per field, what is wrong.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "therapist", roles = "THERAPIST")
class ApiErrorLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;

    private ObjectNode seed() throws Exception {
        return (ObjectNode) mapper.readTree(Files.readString(Path.of("seeds", "01-early-all-restrictions.json")));
    }

    private ResultActions generate(String body, String language) throws Exception {
        var request = post("/api/plans/generate").contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(language == null ? request : request.header(HttpHeaders.ACCEPT_LANGUAGE, language));
    }

    private static org.springframework.test.web.servlet.ResultMatcher fieldSays(String field, String message) {
        return jsonPath("$.errors[?(@.field == '" + field + "')].message").value(Matchers.hasItem(message));
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("painLevel", "11", "painLevel", "debe estar entre 0 y 10"),
                Arguments.of("planWeeks", "53", "planWeeks", "debe estar entre 1 y 52 semanas"),
                Arguments.of("minutesPerSession", "2", "minutesPerSession", "debe estar entre 5 y 180 minutos"),
                Arguments.of("planWeeks", "null", "planWeeks", "escriba el número de semanas"),
                Arguments.of("patientRef", "\"a b\"", "patientRef", "use solo letras, números, '.', '_' o '-'"),
                Arguments.of("notes", "\"" + "x".repeat(2001) + "\"", "notes", "debe tener como mucho 2000 caracteres"),
                Arguments.of("planStart", "\"2026-01-01\"", "planStart",
                        "no puede ser anterior a la fecha de la intervención"),
                Arguments.of("sessionDays", "[\"MONDAY\"]", "sessionDays", "elija un día distinto para cada sesión"),
                Arguments.of("restrictions", "[{\"type\": \"LIFT_LIMIT\"}]", "restrictions[0].maxKg",
                        "un límite de carga necesita los kg máximos"),
                Arguments.of("favouriteExerciseIds", "[\"moonwalk\"]", "favouriteExerciseIds[0]",
                        "no hay ningún ejercicio con el id 'moonwalk' en el catálogo"),
                Arguments.of("fallRisk", "\"EXTREME\"", "fallRisk",
                        "valor desconocido EXTREME; se admiten: LOW, MODERATE, HIGH"),
                Arguments.of("anchorDate", "\"yesterday\"", "anchorDate",
                        "no se puede leer 'yesterday' como fecha; use AAAA-MM-DD, p. ej. 2026-11-24"),
                Arguments.of("planWeeks", "\"12\"", "planWeeks", "debe ser un número entero, sin comillas"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badFields")
    void aProfileWithAnInvalidFieldInASpanishRequestNamesTheFieldAndSaysWhyInSpanish(String field, String value,
            String errorField, String spanish) throws Exception {
        ObjectNode profile = seed();
        profile.set(field, mapper.readTree(value));
        generate(profile.toString(), "es-ES").andExpect(status().isBadRequest())
                .andExpect(fieldSays(errorField, spanish));
    }

    @Test
    void aSpanishApiClientGetsSpanishFieldErrorsUnderASpanishSummary() throws Exception {
        ObjectNode profile = seed();
        profile.put("painLevel", 11);
        generate(profile.toString(), "es").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("El perfil del paciente no es válido"))
                .andExpect(fieldSays("painLevel", "debe estar entre 0 y 10"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es-MX", "fr, es;q=0.8", "es-ES,es;q=0.9,en;q=0.8"})
    void anyRegionOfSpanishOrSpanishAmongTheClientsLanguagesGetsSpanish(String acceptLanguage) throws Exception {
        ObjectNode profile = seed();
        profile.put("planWeeks", 0);
        generate(profile.toString(), acceptLanguage).andExpect(status().isBadRequest())
                .andExpect(fieldSays("planWeeks", "debe estar entre 1 y 52 semanas"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de-DE", "en-US"})
    void aClientInALanguageTheAppDoesNotSpeakGetsEnglish(String acceptLanguage) throws Exception {
        ObjectNode profile = seed();
        profile.put("planWeeks", 0);
        generate(profile.toString(), acceptLanguage).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("The patient profile is invalid"))
                .andExpect(fieldSays("planWeeks", "must be between 1 and 52 weeks"));
    }

    @Test
    void withoutAcceptLanguageTheAnswerIsEnglishEvenOnASpanishServer() throws Exception {
        Locale server = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("es-ES"));
        try {
            ObjectNode profile = seed();
            profile.put("minutesPerSession", 200);
            generate(profile.toString(), null).andExpect(status().isBadRequest())
                    .andExpect(fieldSays("minutesPerSession", "must be between 5 and 180 minutes"));
        } finally {
            Locale.setDefault(server);
        }
    }

    @Test
    void brokenJsonIsSaidInSpanishWithTheParsersOwnDetail() throws Exception {
        generate("{\"planWeeks\": ", "es").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("El cuerpo de la petición no es JSON válido"))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedInTheClientsLanguageBeforeAnythingReadsIt() throws Exception {
        mvc.perform(post("/api/plans/generate").contentType(MediaType.TEXT_PLAIN).content("planWeeks=8")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.message").value(Matchers.startsWith("Envíe el cuerpo como JSON")));
        mvc.perform(post("/api/plans/generate").contentType(MediaType.TEXT_PLAIN).content("planWeeks=8"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.message").value(Matchers.startsWith("Send the body as JSON")));
    }

    @Test
    void aMissingPatientItsLinksOrAdherenceAndAnOutOfDateVersionAreSaidInSpanish() throws Exception {
        mvc.perform(get("/api/patients/987654321").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("No hay ningún paciente con el id 987654321"));
        mvc.perform(get("/api/patients/987654321/share-links").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Ese paciente no existe o no es suyo."));
        mvc.perform(get("/api/patients/987654321/adherence").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.message")
                        .value("No hay ningún plan guardado para ese paciente, o el paciente no es suyo"));

        String created = mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON)
                        .content(seed().put("patientRef", "lang-conflict").toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var patient = mapper.readTree(created);
        String update = "{\"version\": " + (patient.get("version").asLong() + 5) + ", \"profile\": "
                + patient.get("profile") + "}";
        mvc.perform(put("/api/patients/" + patient.get("id").asLong()).contentType(MediaType.APPLICATION_JSON)
                        .content(update).header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(Matchers.startsWith("Otra persona cambió el paciente")))
                .andExpect(fieldSays("version", "no es la versión actual"));
    }

    @Test
    void aPatientIdThatIsNotANumberIsA400NamingTheParameterInTheClientsLanguage() throws Exception {
        mvc.perform(get("/api/patients/abc").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
                .andExpect(status().isBadRequest())
                .andExpect(fieldSays("id", "debe ser un número entero (llegó 'abc')"));
        mvc.perform(get("/api/patients/abc")).andExpect(status().isBadRequest())
                .andExpect(fieldSays("id", "must be a whole number (found 'abc')"));
    }

    @Test
    void aTooLongPlanNoteIsRefusedInSpanishWithTheLimitAsANumber() throws Exception {
        String created = mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON)
                        .content(seed().put("patientRef", "lang-note").toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = mapper.readTree(created).get("id").asLong();
        mvc.perform(post("/api/patients/" + id + "/plans").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"" + "n".repeat(501) + "\"}").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Falta un campo de la petición o no es válido"))
                .andExpect(fieldSays("note", "debe tener como mucho 500 caracteres"));
    }
}
