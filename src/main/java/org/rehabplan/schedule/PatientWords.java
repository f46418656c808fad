package org.rehabplan.schedule;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rehabplan.base.i18n.Languages;
import org.springframework.context.MessageSource;

/**
 * What the patient reads, in the patient's language: sentences from the {@code i18n/patient} bundles (keys {@code handout.*}) (ICU
 * MessageFormat, named arguments), dates written out in full and numbers in that language's conventions. One per
 * language; the handout, the PDF and the phone page all take their words from here.
 */
final class PatientWords {

    private static final String PREFIX = "handout.";

    private final MessageSource messages;
    private final String language;
    private final Locale locale;
    private final Map<String, DateTimeFormatter> dateFormats = new ConcurrentHashMap<>();

    PatientWords(MessageSource messages, String language) {
        this.messages = messages;
        this.language = Languages.supported(language) ? language : Languages.DEFAULT;
        this.locale = Languages.locale(this.language);
    }

    String language() {
        return language;
    }

    /** The {@code lang} attribute of the page: "en-GB", "es-ES". */
    String languageTag() {
        return locale.toLanguageTag();
    }

    Locale locale() {
        return locale;
    }

    /** A sentence without arguments. */
    String text(String key) {
        return messages.getMessage(PREFIX + key, new Object[] {Map.of()}, locale);
    }

    /** A sentence with named arguments given as pairs: {@code text("until", "date", "29 November 2026")}. */
    String text(String key, Object... namesAndValues) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return messages.getMessage(PREFIX + key, new Object[] {arguments}, locale);
    }

    /** A sentence that may be absent (e.g. a label under some numbers of the effort scale only). */
    String optional(String key) {
        String text = messages.getMessage(PREFIX + key, new Object[] {Map.of()}, null, locale);
        return text == null ? "" : text;
    }

    /** A numbered list {@code key.1}, {@code key.2}, … up to the first number missing. */
    List<String> list(String key) {
        List<String> items = new ArrayList<>();
        for (int i = 1; ; i++) {
            String item = messages.getMessage(PREFIX + key + "." + i, new Object[] {Map.of()}, null, locale);
            if (item == null) {
                return items;
            }
            items.add(item);
        }
    }

    /** A number as this language writes it, at most one decimal: "2.5" in English, "2,5" in Spanish. */
    String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** "29 November 2026", "29 de noviembre de 2026". */
    String longDate(LocalDate date) {
        return format("date.long", date);
    }

    String dayMonth(LocalDate date) {
        return format("date.dayMonth", date);
    }

    /** "Monday 7 December 2026", "lunes 7 de diciembre de 2026". */
    String weekdayLong(LocalDate date) {
        return format("date.weekdayLong", date);
    }

    /** "Mon", "lun": above a column of the tick chart. */
    String shortDay(LocalDate date) {
        return format("date.shortDay", date);
    }

    /** A week in one short line: "12 to 18 January 2027", "28 December 2026 to 3 January 2027". */
    String weekRange(LocalDate start) {
        LocalDate end = start.plusDays(6);
        if (start.getYear() != end.getYear()) {
            return text("date.rangeYears", "start", longDate(start), "end", longDate(end));
        }
        if (start.getMonth() == end.getMonth()) {
            return text("date.rangeSameMonth", "startDay", String.valueOf(start.getDayOfMonth()), "end",
                    longDate(end));
        }
        return text("date.rangeSameYear", "start", dayMonth(start), "end", longDate(end));
    }

    private String format(String patternKey, LocalDate date) {
        return dateFormats.computeIfAbsent(patternKey,
                key -> DateTimeFormatter.ofPattern(text(key), locale)).format(date);
    }
}
