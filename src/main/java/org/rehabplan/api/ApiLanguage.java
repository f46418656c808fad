package org.rehabplan.api;

import java.util.List;
import java.util.Locale;
import org.rehabplan.base.i18n.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of the API's answers (error messages): the request's {@code Accept-Language} when the app speaks it
 * ("es", "es-MX", "fr, es;q=0.8" → Spanish), English otherwise and without the header, whatever the server's own
 * locale.
 */
@Configuration(proxyBeanMethods = false)
class ApiLanguage {

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        // the language alone, so that any region of it matches
        List<Locale> spoken = Languages.codes().stream().map(Locale::of).toList();
        resolver.setSupportedLocales(spoken);
        resolver.setDefaultLocale(Locale.of(Languages.DEFAULT));
        return resolver;
    }
}
