package org.rehabplan.base.i18n;

import jakarta.validation.Validation;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The app's one Bean Validation factory (it replaces Spring Boot's default): its messages come from the bundles
 * through {@link BundleMessageInterpolator}, so services, the API and Vaadin's form binder give the same words, each
 * in its reader's language.
 */
@Configuration(proxyBeanMethods = false)
public class ValidationConfiguration {

    @Bean
    public static LocalValidatorFactoryBean defaultValidator(MessageSource messageSource) {
        LocalValidatorFactoryBean factory = new LocalValidatorFactoryBean();
        factory.setMessageInterpolator(new BundleMessageInterpolator(messageSource,
                Validation.byDefaultProvider().configure().getDefaultMessageInterpolator()));
        return factory;
    }
}
