package org.rehabplan.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.rehabplan.catalog.CatalogLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every shipped protocol and every phase of it has its name in every screen language ({@code texts.<language>.name},
 * {@code phase.<name>}): a Spanish screen never says "fase Acute protection" or offers "Vertebral compression
 * fracture managed without surgery".
 */
class ProtocolNamesTest {

    @Test
    void everyPhaseOfEveryShippedProtocolIsNamedInEveryScreenLanguage() throws IOException {
        JsonMapper json = JsonMapper.builder().findAndAddModules().build();
        var protocols = new ProtocolLoader(json).load("file:exercises/",
                new CatalogLoader(json).load("file:exercises/"));
        List<String> missing = new ArrayList<>();
        for (String file : List.of("translations.properties", "translations_es.properties")) {
            Properties bundle = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n", file),
                    StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            protocols.values().forEach(p -> p.phases().forEach(phase -> {
                if (!bundle.containsKey("phase." + phase.name().replace(' ', '_'))) {
                    missing.add(file + ": " + p.id() + " phase '" + phase.name() + "'");
                }
            }));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyShippedProtocolHasItsOwnNameInEachLanguageItIsWrittenIn() {
        JsonMapper json = JsonMapper.builder().findAndAddModules().build();
        var protocols = new ProtocolLoader(json).load("file:exercises/",
                new CatalogLoader(json).load("file:exercises/"));
        protocols.values().forEach(p -> p.texts().keySet().stream().filter(language -> !language.equals("en"))
                .forEach(language -> assertThat(p.name(language)).as(p.id() + " in " + language)
                        .isNotBlank().isNotEqualTo(p.name())));
        assertThat(protocols.get("vertebral-fracture").name("es"))
                .isEqualTo("Fractura vertebral por compresión tratada sin cirugía");
    }
}
