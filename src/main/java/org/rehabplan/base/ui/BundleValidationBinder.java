package org.rehabplan.base.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.data.validator.BeanValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.Locale;

/**
 * Vaadin's {@link BeanValidationBinder} on the app's own validation factory instead of the provider's default one
 * that Vaadin builds for itself: field messages come from the bundles in the screen's language (Vaadin passes the
 * field's locale), the same words the API gives. Required fields are marked from the same rules, as Vaadin does.
 */
public class BundleValidationBinder<T> extends BeanValidationBinder<T> {

    private final transient ValidatorFactory validation;

    public BundleValidationBinder(Class<T> beanType, ValidatorFactory validation) {
        super(beanType);
        this.validation = validation;
    }

    @Override
    protected BindingBuilder<T, ?> configureBinding(BindingBuilder<T, ?> binding, PropertyDefinition<T, ?> definition) {
        Class<?> holder = definition.getPropertyHolderType();
        String property = definition.getTopLevelName();
        if (getRequiredConfigurator() != null) {
            PropertyDescriptor rules = validation.getValidator().getConstraintsForClass(holder)
                    .getConstraintsForProperty(property);
            if (rules != null && rules.getConstraintDescriptors().stream()
                    .anyMatch(rule -> getRequiredConfigurator().test(rule.getAnnotation(), binding))) {
                binding.getField().setRequiredIndicatorVisible(true);
            }
        }
        return binding.withValidator(new Worded(holder, property, validation));
    }

    /** Vaadin's field validator, validating and wording with the app's factory. */
    private static final class Worded extends BeanValidator {

        private final transient ValidatorFactory validation;

        Worded(Class<?> beanType, String property, ValidatorFactory validation) {
            super(beanType, property);
            this.validation = validation;
        }

        @Override
        public Validator getJavaxBeanValidator() {
            return validation.getValidator();
        }

        @Override
        protected String getMessage(ConstraintViolation<?> violation, Locale locale) {
            return validation.getMessageInterpolator().interpolate(violation.getMessageTemplate(),
                    createContext(violation), locale);
        }
    }
}
