package org.rehabplan.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** Bean Validation messages are bundle keys, worded by the app's MessageSource with their numbers as arguments. */
class ValidationMessagesTest {

    private static final Pattern MESSAGE = Pattern.compile("message\\s*=\\s*\"([^\"]*)\"");
    private static final Locale SPANISH = Locale.forLanguageTag("es-ES");

    private final MessageSource messages = MessagesConfiguration.create();

    @Test
    void everyValidationMessageInTheCodeIsAKeyTheBundleHasInEveryLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = MESSAGE.matcher(Files.readString(file));
                while (m.find()) {
                    String template = m.group(1);
                    if (!template.matches("\\{[A-Za-z][A-Za-z0-9_.]*}")) {
                        problems.add(file.getFileName() + ": " + template + " is a sentence, not a {key}");
                        continue;
                    }
                    String key = template.substring(1, template.length() - 1);
                    for (Locale language : List.of(Locale.UK, SPANISH)) {
                        if (messages.getMessage(key, new Object[] {java.util.Map.of()}, null, language) == null) {
                            problems.add(file.getFileName() + ": no " + key + " for " + language);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A bean with the constraints the app uses: numbers come from the annotations, never from the wording. */
    record Sample(@org.hibernate.validator.constraints.Range(min = 1, max = 52, message = "{validation.range.weeks}")
                  Integer weeks,
                  @jakarta.validation.constraints.Size(max = 2000, message = "{validation.text.tooLong}") String notes,
                  @org.rehabplan.base.OpenRange(min = "0", max = "300", message = "{validation.visit.seconds.range}")
                  Double seconds,
                  @jakarta.validation.constraints.Digits(integer = 3, fraction = 1,
                          message = "{validation.visit.seconds.digits}") Double tenths) {
    }

    private static List<String> words(Validator validator, Object bean) {
        return validator.validate(bean).stream().map(v -> v.getMessage()).sorted().toList();
    }

    @Test
    void theValidatorWordsTheConstraintsNumbersInTheRequestsLanguage() {
        LocalValidatorFactoryBean validator = ValidationConfiguration.defaultValidator(messages);
        validator.afterPropertiesSet();
        Sample bad = new Sample(53, "x".repeat(2001), 300.0, 1.25);
        try {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(SPANISH);
            assertThat(words(validator, bad)).containsExactly("debe estar entre 1 y 52 semanas",
                    "debe ser más de 0 y menos de 300 segundos", "debe tener como mucho 2000 caracteres",
                    "escriba los segundos con un decimal como mucho");
            org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.UK);
            assertThat(words(validator, bad)).containsExactly("give the seconds with at most one decimal",
                    "must be at most 2000 characters", "must be between 1 and 52 weeks",
                    "must be more than 0 and less than 300 seconds");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
            validator.close();
        }
    }

    @Test
    void aProblemKeepsItsKeyAndNumbersAndIsWordedForEachReader() {
        Wording years = Wording.of("validation.profile.planStart.tooLate", "years", 10);
        assertThat(years.in(messages, Locale.UK)).isEqualTo("must be within 10 years of the procedure date");
        assertThat(years.in(messages, SPANISH))
                .isEqualTo("debe estar a menos de 10 años de la fecha de la intervención");
        assertThat(Wording.of("validation.profile.planStart.tooLate", "years", 1).in(messages, Locale.UK))
                .isEqualTo("must be within 1 year of the procedure date");
        Wording anchor = Wording.of("validation.profile.planStart.beforeAnchor", "anchor",
                new Wording.ByLanguage(java.util.Map.of("en", "fracture date", "es", "fecha de la fractura")));
        assertThat(anchor.in(messages, SPANISH)).isEqualTo("no puede ser anterior a la fecha de la fractura");
        assertThat(anchor.in(messages, Locale.forLanguageTag("fr"))).isEqualTo("must not be before the fracture date");
    }

    @Test
    void aWordingWhoseKeyNoBundleHasReadsAsItself() {
        // a library's own message or a parser's detail, kept as it was given
        assertThat(Wording.of("Unexpected end-of-input").in(messages, SPANISH)).isEqualTo("Unexpected end-of-input");
    }
}
