package org.rehabplan.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/**
 * A number of weeks is always worded with the language's plural forms ("1 week", "1 semana"), never as a bare
 * argument in front of a plural word ("{0} weeks" reads "1 weeks").
 */
class WeekCountsTest {

    /** An argument right before the plural word: "{1} weeks", "{weeks} semanas". */
    private static final Pattern BARE_COUNT = Pattern.compile("\\{[^{},]+\\} (weeks|semanas)\\b");

    @Test
    void noMessageInAnyBundlePutsABareNumberBeforeThePluralWordForWeeks() throws IOException {
        List<String> bare = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "resources"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties bundle = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    bundle.load(in);
                }
                bundle.forEach((key, message) -> {
                    if (BARE_COUNT.matcher(message.toString()).find()) {
                        bare.add(file.getFileName() + ": " + key + "=" + message);
                    }
                });
            }
        }
        assertThat(bare).isEmpty();
    }

    @Test
    void oneWeekReadsInTheSingularInTheScreensOfBothLanguages() {
        MessageSource messages = MessagesConfiguration.create();
        Locale spanish = Locale.forLanguageTag("es");

        assertThat(messages.getMessage("week.after", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("1 week after the anchor date");
        assertThat(messages.getMessage("patients.procedure", new Object[] {"2 Nov 2026", 1}, spanish))
                .isEqualTo("2 Nov 2026 (hace 1 semana)");
        assertThat(messages.getMessage("reason.REPLAN_NOTHING_LEFT",
                new Object[] {Map.of("weeks", 1, "version", 2, "date", "2026-11-30")}, Locale.ENGLISH))
                .startsWith("The only week of version 2 started before the visit");
    }
}
