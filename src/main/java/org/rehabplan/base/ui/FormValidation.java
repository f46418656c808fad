package org.rehabplan.base.ui;

import jakarta.validation.ValidatorFactory;
import org.springframework.stereotype.Component;

/** Hands forms a binder that checks with the app's validation rules and words them from the bundles. */
@Component
public class FormValidation {

    private final ValidatorFactory validation;

    FormValidation(ValidatorFactory validation) {
        this.validation = validation;
    }

    public <T> BundleValidationBinder<T> binder(Class<T> beanType) {
        return new BundleValidationBinder<>(beanType, validation);
    }
}
