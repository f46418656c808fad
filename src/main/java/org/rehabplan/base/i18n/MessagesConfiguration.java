package org.rehabplan.base.i18n;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of words: the screens (through Vaadin's I18NProvider) and the patient's papers read these bundles. */
@Configuration
public class MessagesConfiguration {

    /** Screen texts (Vaadin's usual place) and what the patient reads; each a base (English) file plus one per language. */
    public static final List<String> BUNDLES = List.of("vaadin-i18n/translations", "i18n/patient");

    @Bean
    public MessageSource messageSource() {
        return create();
    }

    /** The same source outside Spring (tests that build the handout without a context). */
    public static IcuMessageSource create() {
        IcuMessageSource source = new IcuMessageSource();
        source.setBasenames(BUNDLES.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        // a key missing in Spanish falls back to the English base file, never to the server's own language
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
