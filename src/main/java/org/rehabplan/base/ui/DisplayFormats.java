package org.rehabplan.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One way to show dates and coded values on every screen: dates as the language's bundle pattern says
 * ({@code format.date}, e.g. "16 Nov 2026"), enum values by their bundle label ({@code enum.FallRisk.MODERATE} →
 * "Moderate"), never as the raw code.
 */
public final class DisplayFormats {

    private DisplayFormats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern(I18NProvider.translate(locale, "format.date"), locale)
                .format(date);
    }

    /** "Mon 16 Nov 2026". */
    public static String dayAndDate(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern(I18NProvider.translate(locale, "format.day.date"),
                locale).format(date);
    }

    /**
     * A date picker that shows and reads dates in the language's one format ({@code format.date}, e.g. "16 Nov
     * 2026"), also accepting typed numeric dates ("16/11/2026", "2026-11-16"), with weeks starting on Monday.
     */
    public static DatePicker.DatePickerI18n picker(Locale locale) {
        return new DatePicker.DatePickerI18n()
                .setDateFormats(I18NProvider.translate(locale, "format.date"), "d/M/yyyy", "yyyy-MM-dd")
                .setFirstDayOfWeek(1)
                .setBadInputErrorMessage(I18NProvider.translate(locale, "format.date.bad",
                        date(LocalDate.now(), locale)));
    }

    public static String label(Enum<?> value) {
        return value == null ? "" : I18NProvider.translate("enum." + value.getDeclaringClass().getSimpleName() + "."
                + value.name());
    }
}
