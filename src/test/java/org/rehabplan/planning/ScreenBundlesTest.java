package org.rehabplan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rehabplan.base.i18n.MessagesConfiguration;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.catalog.Movement;
import org.rehabplan.planning.model.SafetyRule;
import org.rehabplan.protocol.RestrictionType;
import org.springframework.context.MessageSource;

/** The screen bundles say the same things in English and Spanish, and every coded value a reason names has words. */
class ScreenBundlesTest {

    /** Patterns with named arguments are formatted from one map (an empty one here). */
    private static final Object[] NAMED = {java.util.Map.of()};

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ScreenBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theSpanishScreenBundleHasEveryKeyOfTheEnglishOneAndNoOther() throws IOException {
        var english = new TreeSet<>(load("translations.properties").stringPropertyNames());
        var spanish = new TreeSet<>(load("translations_es.properties").stringPropertyNames());

        assertThat(spanish).containsExactlyElementsOf(english);
    }

    @Test
    void everySafetyRuleRestrictionAndCodedValueAReasonNamesHasWordsInBothLanguages() {
        MessageSource messages = MessagesConfiguration.create();
        for (Locale language : new Locale[] {Locale.UK, Locale.forLanguageTag("es-ES")}) {
            for (SafetyRule rule : SafetyRule.values()) {
                assertThat(messages.getMessage("reason." + rule.name(), NAMED, null, language)).as(rule + " " + language)
                        .isNotBlank();
                assertThat(messages.getMessage("constraint." + rule.name(), null, null, language)).isNotBlank();
            }
            for (RestrictionType type : RestrictionType.values()) {
                assertThat(messages.getMessage("restriction." + type, NAMED, null, language)).isNotBlank();
            }
            // conditions are data (exercises/conditions/conditions.json): each one the shipped catalog knows
            for (String condition : shippedConditionIds()) {
                assertThat(messages.getMessage("term.condition." + condition, null, null, language))
                        .as(condition + " " + language).isNotBlank();
            }
            for (Enum<?>[] values : new Enum<?>[][] {Movement.values(), Equipment.values(), Category.values()}) {
                for (Enum<?> value : values) {
                    String kind = switch (value) {
                        case Movement m -> "movement";
                        case Equipment e -> "equipment";
                        case Category c -> "category";
                        default -> "condition";
                    };
                    assertThat(messages.getMessage("term." + kind + "." + value.name(), null, null, language))
                            .as(value + " " + language).isNotBlank();
                }
            }
        }
    }

    private static java.util.List<String> shippedConditionIds() {
        try {
            var tree = tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(java.nio.file.Path.of("exercises/conditions/conditions.json").toFile());
            java.util.List<String> ids = new java.util.ArrayList<>();
            tree.forEach(c -> ids.add(c.get("id").asString()));
            assertThat(ids).isNotEmpty();
            return ids;
        } catch (RuntimeException e) {
            throw new AssertionError("cannot read exercises/conditions/conditions.json", e);
        }
    }
}
