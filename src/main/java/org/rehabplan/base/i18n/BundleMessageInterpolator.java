package org.rehabplan.base.i18n;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Bean Validation messages from the app's bundles: a constraint whose message is one key in braces
 * ({@code @Size(max = 2000, message = "{validation.text.tooLong}")}) is worded by the MessageSource, in the reader's
 * language, with the constraint's attributes as named ICU arguments ({@code {max}}, {@code {min}}, plurals and the
 * language's number format included). Any other message (a library's default) goes to the provider's interpolator.
 *
 * <p>The locale is the one asked for (Vaadin's binder passes the screen's), else the request's
 * ({@link LocaleContextHolder}: the API's Accept-Language).
 */
public class BundleMessageInterpolator implements MessageInterpolator {

    private static final Pattern ONE_KEY = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");
    /** Attributes every constraint has that are no part of its wording. */
    private static final Set<String> NOT_WORDING = Set.of("message", "groups", "payload");

    private final MessageSource messages;
    private final MessageInterpolator others;

    public BundleMessageInterpolator(MessageSource messages, MessageInterpolator others) {
        this.messages = messages;
        this.others = others;
    }

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, LocaleContextHolder.getLocale());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        Wording wording = wording(template, context.getConstraintDescriptor());
        if (wording == null) {
            return others.interpolate(template, context, locale);
        }
        String text = messages.getMessage(wording.key(), wording.params(locale), null, locale);
        return text != null ? text : others.interpolate(template, context, locale);
    }

    /** The key and arguments of a message template that is one bundle key; null for any other template. */
    public static Wording wording(String template, ConstraintDescriptor<?> constraint) {
        Matcher key = template == null ? null : ONE_KEY.matcher(template);
        if (key == null || !key.matches() || key.group(1).startsWith("jakarta.") || key.group(1).startsWith("org.")) {
            return null;
        }
        Map<String, Object> args = new LinkedHashMap<>();
        if (constraint != null) {
            constraint.getAttributes().forEach((name, value) -> {
                if (!NOT_WORDING.contains(name)) {
                    args.put(name, value);
                }
            });
        }
        return new Wording(key.group(1), args);
    }
}
