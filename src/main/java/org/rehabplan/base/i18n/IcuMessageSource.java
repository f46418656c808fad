package org.rehabplan.base.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Spring's bundle message source, formatting with ICU's MessageFormat instead of java.text's: real plural rules per
 * language ({@code {n, plural, one {# set} other {# sets}}}), named arguments ({@code {kg}}, passed as one
 * {@code Map}), and a plain apostrophe stays an apostrophe ("Don't"), which java.text.MessageFormat would eat.
 * Positional arguments ({@code {0}}, as Vaadin's getTranslation passes them) work as before.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null) {
            return null;
        }
        Locale in = locale == null ? Locale.getDefault() : locale;
        String pattern = resolveCodeWithoutArguments(code, in);
        if (pattern == null) {
            return null;
        }
        MessageFormat format = new MessageFormat(pattern, ULocale.forLocale(in));
        if (args != null && args.length == 1 && args[0] instanceof Map<?, ?> named) {
            @SuppressWarnings("unchecked")
            Map<String, Object> arguments = (Map<String, Object>) named;
            return format.format(arguments);
        }
        return format.format(resolveArguments(args, in));
    }
}
