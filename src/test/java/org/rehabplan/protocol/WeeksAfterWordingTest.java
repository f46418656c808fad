package org.rehabplan.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabplan.base.Reason;
import org.rehabplan.base.ReasonText;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogLoader;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.InvalidCatalogException;
import org.rehabplan.planning.Words;
import tools.jackson.databind.json.JsonMapper;

/**
 * Weeks after the anchor event are worded by the patient's protocol, with the language's plural forms: "1 week after
 * the procedure", "12 weeks after the fracture", "1 semana después del diagnóstico", never "1 weeks", and never
 * "after the procedure" for a patient whose weeks count from a fracture or a diagnosis.
 */
class WeeksAfterWordingTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static Catalog catalog;
    private static Map<String, Protocol> protocols;
    private static ReasonText words;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader(JSON).load("file:exercises/");
        protocols = new ProtocolLoader(JSON).load("file:exercises/", catalog);
        words = Words.over(catalog);
    }

    private static Locale locale(String language) {
        return Locale.forLanguageTag(language);
    }

    @Test
    void everyProtocolSaysOneWeekInTheSingularAndMoreWeeksInThePluralInEachOfItsLanguages() {
        assertThat(protocols).hasSizeGreaterThanOrEqualTo(3);
        protocols.values().forEach(p -> p.texts().forEach((language, texts) -> {
            String one = texts.weeksAfter(1, locale(language));
            String twelve = texts.weeksAfter(12, locale(language));
            // with a number the phrase reads as the protocol's plain phrase does ("weeks after the procedure")
            assertThat(twelve).as(p.id() + " " + language).isEqualTo("12 " + texts.weeksAfter());
            assertThat(one).as(p.id() + " " + language).startsWith("1 ")
                    .isNotEqualTo("1 " + texts.weeksAfter()); // "1 weeks after …" is the plural
            assertThat(one.substring(2).split(" ")[0]).as("the word for week, " + p.id() + " " + language)
                    .isNotEqualTo(twelve.substring(3).split(" ")[0]);
        }));
    }

    @Test
    void eachProtocolCountsFromItsOwnAnchorEvent() {
        for (String language : List.of("en", "es")) {
            Set<String> phrases = new HashSet<>();
            protocols.values().forEach(p -> phrases.add(p.weeksAfter(12, locale(language))));
            assertThat(phrases).as(language).hasSameSizeAs(protocols.values());
        }
        assertThat(protocols.get("vertebral-fracture").weeksAfter(1, Locale.ENGLISH))
                .isEqualTo("1 week after the fracture");
        assertThat(protocols.get("osteoporosis").weeksAfter(1, SPANISH)).isEqualTo("1 semana después del diagnóstico");
    }

    @Test
    void aRestrictionReadsUntilWeeksAfterThePatientsOwnAnchorEventInTheSingularForOneWeek() {
        for (Protocol p : protocols.values()) {
            Reason oneWeek = Restriction.of(RestrictionType.NO_SPINAL_FLEXION, 1).asReason(p.id());
            Reason twelve = Restriction.of(RestrictionType.NO_SPINAL_FLEXION, 12).asReason(p.id());
            assertThat(words.render(oneWeek, Locale.ENGLISH)).isEqualTo("No bending forward until "
                    + p.weeksAfter(1, Locale.ENGLISH));
            assertThat(words.render(twelve, SPANISH)).isEqualTo("No doblar la espalda hacia delante hasta "
                    + p.weeksAfter(12, SPANISH));
        }
        assertThat(words.render(Restriction.of(RestrictionType.NO_SPINAL_ROTATION, 1).asReason("vertebral-fracture"),
                Locale.ENGLISH)).isEqualTo("No twisting until 1 week after the fracture");
    }

    @Test
    void anExerciseNotYetDueSaysFromWhenInThePatientsProtocolWords() {
        Exercise late = catalog.exercises().stream().filter(e -> e.minWeeksAfterProcedure() == 1).findFirst()
                .or(() -> catalog.exercises().stream().filter(e -> e.minWeeksAfterProcedure() > 1).findFirst())
                .orElseThrow();
        Protocol fracture = protocols.get("vertebral-fracture");
        Reason tooEarly = Reason.of("TOO_EARLY", 1, late.id(), "minWeek", late.minWeeksAfterProcedure(),
                "protocol", fracture.id());

        assertThat(words.render(tooEarly, Locale.ENGLISH))
                .endsWith("starts " + fracture.weeksAfter(late.minWeeksAfterProcedure(), Locale.ENGLISH)
                        + " at the earliest");
        assertThat(words.render(tooEarly, SPANISH))
                .endsWith("empieza como pronto " + fracture.weeksAfter(late.minWeeksAfterProcedure(), SPANISH));
    }

    @Test
    void aRestrictionSavedWithItsProtocolsPhraseStillReadsItAndOneWithoutAProtocolCountsFromTheAnchorDate() {
        // plans saved before reasons named their protocol hold its phrase by language
        Reason saved = Reason.of("RESTRICTION", null, null, "type", "NO_IMPACT", "untilWeek", 12,
                "weeksAfterPhrase", Map.of("en", "weeks after the fracture", "es", "semanas después de la fractura"));
        Reason unknown = Restriction.of(RestrictionType.NO_IMPACT, 1).asReason("a-protocol-no-longer-installed");

        assertThat(words.render(saved, Locale.ENGLISH)).isEqualTo("No impact until 12 weeks after the fracture");
        assertThat(words.render(saved, SPANISH)).endsWith("hasta 12 semanas después de la fractura");
        assertThat(words.render(unknown, Locale.ENGLISH)).isEqualTo("No impact until 1 week after the anchor date");
    }

    @Test
    void aProtocolFileWhoseWeeksAfterCountCannotWordANumberOfWeeksStopsStartUpNamingTheField(@TempDir Path folder)
            throws IOException {
        String kyphoplasty = Files.readString(Path.of("exercises", "protocols", "kyphoplasty.json"));
        String english = protocols.get("kyphoplasty").texts("en").weeksAfterCount();
        for (String broken : List.of("{weeks, plural, one {# week} other {# weeks} after the procedure",
                "{weeks} weeks after the {event}", "weeks after the procedure")) {
            Files.writeString(folder.resolve("kyphoplasty.json"), kyphoplasty.replace(english, broken));

            assertThatThrownBy(() -> new ProtocolLoader(JSON).load("file:exercises/", folder.toUri().toString(),
                    catalog)).as(broken).isInstanceOf(InvalidCatalogException.class)
                    .hasMessageContaining("kyphoplasty.json").hasMessageContaining("weeksAfterCount");
        }
    }
}
