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
 * Every phase of every shipped protocol has its name in every screen language ({@code phase.<name>}): a Spanish plan
 * never says "fase Acute protection".
 */
class PhaseNamesTest {

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
}
