package org.rehabplan.base;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why something is (or is not) in a plan, as data: a {@code code} (the message key's last part), the plan
 * {@code week} and {@code exerciseId} it is about (either may be null), and the numbers and codes that fill the
 * wording ({@code args}: numbers, strings, lists of them, or other reasons). Words are made only where a person reads
 * it, in their language ({@code ReasonText}); {@code text} is that rendering, filled in only for an API reader and
 * never stored.
 *
 * <p>Plans saved before reasons were data hold plain sentences; such a sentence reads back as a {@link #LEGACY}
 * reason that shows it as it was written.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reason(String code, Integer week, String exerciseId, Map<String, Object> args, String text) {

    /** A sentence from a plan saved before reasons were data: shown as written ({@code args.text}). */
    public static final String LEGACY = "LEGACY_TEXT";

    public Reason {
        args = normalised(args);
    }

    public Reason(String code, Integer week, String exerciseId, Map<String, Object> args) {
        this(code, week, exerciseId, args, null);
    }

    public static Reason of(String code) {
        return new Reason(code, null, null, Map.of());
    }

    public static Reason of(String code, Integer week, String exerciseId, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in name, value pairs");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                args.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return new Reason(code, week, exerciseId, args);
    }

    /** Reads a plain sentence where a reason is expected: a plan saved before reasons were data. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Reason legacy(String sentence) {
        return new Reason(LEGACY, null, null, Map.of("text", sentence == null ? "" : sentence));
    }

    public Object arg(String name) {
        return args.get(name);
    }

    public Reason withText(String rendered) {
        return new Reason(code, week, exerciseId, args, rendered);
    }

    /** The same reason without its week: the same words whichever week it holds in. */
    public Reason withoutWeek() {
        return new Reason(code, null, exerciseId, args, text);
    }

    /**
     * Arguments as JSON would give them back, so a reason equals itself after a round trip: enums become their
     * names, collections lists, maps that hold a {@code code} reasons.
     */
    private static Map<String, Object> normalised(Map<String, Object> args) {
        if (args == null || args.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        args.forEach((name, value) -> {
            if (value != null) {
                copy.put(name, value(value));
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> c) {
            List<Object> list = new ArrayList<>();
            c.forEach(v -> list.add(value(v)));
            return List.copyOf(list);
        }
        if (value instanceof Map<?, ?> m && m.get("code") instanceof String code) {
            Object week = m.get("week");
            return new Reason(code, week instanceof Number n ? n.intValue() : null, (String) m.get("exerciseId"),
                    (Map<String, Object>) m.get("args"));
        }
        if (value instanceof Long l && l == l.intValue()) {
            return l.intValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return value;
    }
}
