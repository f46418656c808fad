package org.rehabplan.base.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * What to tell someone, as data: a bundle key and the values its wording names ({@code {max}}, {@code {id}}), put
 * into words only where a person reads it, in their language. Problems and refusals carry one instead of a sentence,
 * so no sentence is ever made in one language and shown to a reader of another, and logic never reads a sentence.
 */
public record Wording(String key, Map<String, Object> args) {

    public Wording {
        args = args == null || args.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** A key with its arguments as name, value pairs; null values are left out. */
    public static Wording of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in name, value pairs");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                args.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return new Wording(key, args);
    }

    /**
     * The words in that language (the app's MessageSource formats one map argument by name, ICU style). A key the
     * bundles lack reads as itself: that is how a library's own validation message, kept as the key, is shown.
     */
    public String in(MessageSource messages, Locale locale) {
        String text = messages.getMessage(key, params(locale), null, locale);
        return text != null ? text : key;
    }

    /**
     * The arguments for that language, as the app's MessageSource (and Vaadin's {@code getTranslation(key, params)},
     * which passes them on to it) takes them: one map by name, {@link ByLanguage} values chosen for the language.
     */
    public Object[] params(Locale locale) {
        Map<String, Object> values = new LinkedHashMap<>(args);
        values.replaceAll((name, value) -> value instanceof ByLanguage texts ? texts.in(locale) : value);
        return new Object[] {values};
    }

    /** A value that is itself words, given by language code ("en", "es"), e.g. a protocol's own label. */
    public record ByLanguage(Map<String, String> texts) {

        public ByLanguage {
            texts = Map.copyOf(texts);
        }

        /** The text in that language, else in the default language. */
        public String in(Locale locale) {
            String own = locale == null ? null : texts.get(locale.getLanguage());
            return own != null ? own : texts.getOrDefault(Languages.DEFAULT, "");
        }
    }

    @Override
    public String toString() {
        return args.isEmpty() ? key : key + " " + args;
    }
}
