package org.rehabplan.base.i18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The languages a patient's handout, PDF and phone page can be written in. Each has its bundles
 * ({@code i18n/patient_<code>.properties}, English being the base file) and its exercise texts
 * ({@code exercises/translations/<code>/}). Adding a language: add it here, write those files, and the bundle and
 * catalog checks say what is still missing.
 */
public final class Languages {

    /** What a profile without a language (saved before the field existed) reads as. */
    public static final String DEFAULT = "en";

    /** Code → the locale its dates and numbers follow (British English: day before month, "7 December 2026"). */
    private static final Map<String, Locale> LOCALES = new LinkedHashMap<>();

    static {
        LOCALES.put("en", Locale.UK);
        LOCALES.put("es", Locale.forLanguageTag("es-ES"));
    }

    private Languages() {
    }

    public static Set<String> codes() {
        return LOCALES.keySet();
    }

    public static boolean supported(String code) {
        return code != null && LOCALES.containsKey(code);
    }

    /** The locale of a language code; the default language's for none or an unknown one. */
    public static Locale locale(String code) {
        return LOCALES.getOrDefault(code == null ? DEFAULT : code, LOCALES.get(DEFAULT));
    }

    public static List<Locale> locales() {
        return List.copyOf(LOCALES.values());
    }

    /** The other languages, whose exercise texts are translations of the catalog's English. */
    public static List<String> translated() {
        return LOCALES.keySet().stream().filter(code -> !code.equals(DEFAULT)).toList();
    }
}
