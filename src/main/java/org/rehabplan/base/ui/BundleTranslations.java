package org.rehabplan.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.rehabplan.base.i18n.Languages;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations come from the application's MessageSource, so screens and patient papers share one wording
 * mechanism (ICU plurals included). The screens offer a language once its screen bundle exists
 * ({@code vaadin-i18n/translations_<code>.properties}); until then they stay in English whatever the browser asks.
 * (The patient's papers use {@link Languages#locale}, with its fixed conventions per language.)
 */
@Component
class BundleTranslations implements I18NProvider {

    private final MessageSource messages;
    private final List<Locale> provided;

    BundleTranslations(MessageSource messages) {
        this.messages = messages;
        this.provided = Languages.codes().stream()
                .filter(code -> code.equals(Languages.DEFAULT)
                        || new ClassPathResource("vaadin-i18n/translations_" + code + ".properties").exists())
                // the language alone: a browser's own region (en-US, en-GB, es-MX) then shapes dates in date pickers
                .map(Locale::of).toList();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return provided;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        // Vaadin's own marker for a missing key, so a gap shows on screen instead of an empty label
        return messages.getMessage(key, params, "!{" + key + "}!", locale);
    }
}
