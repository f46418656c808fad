package org.rehabplan.base;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words for a {@link Reason}, in the reader's language: the bundle key {@code reason.<code>} holds the wording, with
 * the arguments by name ({@code {exercise}}, {@code {kg}}, {@code {weeks}}…) and ICU's plural forms (the app's
 * MessageSource formats a single map argument by name). Each argument is shown by what its name says it holds (an exercise id as the exercise's name, a category as
 * its word in that language, weeks as "1–3, 6", another reason as its own words), so the wording of one rule lives in
 * one key per language. Weeks after the anchor event ({@code untilWeek}, {@code minWeek}) are worded by the reason's
 * {@code protocol} ({@link WeeksAfterWords}): "until 1 week after the fracture".
 */
@Component
public class ReasonText {

    private final MessageSource messages;
    private final ExerciseNames names;
    private final WeeksAfterWords weeksAfter;

    public ReasonText(MessageSource messages, ExerciseNames names, WeeksAfterWords weeksAfter) {
        this.messages = messages;
        this.names = names;
        this.weeksAfter = weeksAfter;
    }

    /** The reason as a sentence that starts with a capital letter. */
    public String render(Reason reason, Locale locale) {
        String text = words(reason, locale);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    public List<String> render(List<Reason> reasons, Locale locale) {
        return reasons == null ? List.of() : reasons.stream().map(r -> render(r, locale)).toList();
    }

    /** Bundle text for a plain key, e.g. a constraint's title; the key itself when the bundle lacks it. */
    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, key, locale);
    }

    /** The reason's words as they stand in a sentence (no capital added), e.g. a dose "2 × 10, hold 5 s". */
    public String words(Reason reason, Locale locale) {
        if (Reason.LEGACY.equals(reason.code())) {
            return String.valueOf(reason.arg("text"));
        }
        String key = "RESTRICTION".equals(reason.code()) ? "restriction." + reason.arg("type") : "reason." + reason.code();
        Map<String, Object> values = new HashMap<>();
        values.put("week", reason.week());
        values.put("exercise", exerciseName(reason.exerciseId(), locale));
        reason.args().forEach((name, value) -> values.put(name, shown(name, value, locale)));
        if (reason.arg("weeks") instanceof List<?> weeks) {
            values.put("weekCount", weeks.size());
        }
        if (reason.arg("conditions") instanceof List<?> conditions
                && reason.arg("conditionPhrases") instanceof Map<?, ?> phrases) {
            // a condition this version has no words for (one added as data) reads as its own phrase
            values.put("conditions", join(conditions.stream().map(c -> messages.getMessage("term.condition." + c,
                    null, String.valueOf(phrases.get(c) == null ? c : phrases.get(c)), locale)).toList(), locale));
        }
        Object protocol = reason.arg("protocol");
        String protocolId = protocol instanceof String id ? id : null;
        values.put("until", reason.arg("untilWeek") instanceof Number until
                ? until(until.intValue(), protocolId, reason.arg("weeksAfterPhrase"), locale) : "");
        if (reason.arg("minWeek") instanceof Number from) {
            values.put("minWeekAfter", weeksAfter(protocolId, from.intValue(), locale));
        }
        values.replaceAll((name, value) -> value == null ? "" : value);
        String text = messages.getMessage(key, new Object[] {values}, null, locale);
        // a code this version has no words for (e.g. a red flag of a newer protocol): show the code and its data
        return text != null ? text : reason.code() + (reason.args().isEmpty() ? "" : " " + reason.args());
    }

    /**
     * " until 12 weeks after the fracture": counted as the patient's protocol counts its weeks. Plans saved before
     * reasons named their protocol hold the protocol's phrase by language instead ({@code weeksAfterPhrase}).
     */
    private String until(int week, String protocolId, Object savedPhrases, Locale locale) {
        String saved = protocolId == null ? phraseIn(savedPhrases, locale) : null;
        return saved != null ? messages.getMessage("reason.until.phrase", new Object[] {week, saved}, locale)
                : messages.getMessage("reason.until.after", new Object[] {weeksAfter(protocolId, week, locale)},
                        locale);
    }

    /**
     * "1 week after the procedure", "12 semanas después de la fractura": weeks counted from the anchor event of the
     * protocol (its own words, {@code weeksAfterCount} in its file); "… after the anchor date" when no protocol has
     * that id.
     */
    public String weeksAfter(String protocolId, int weeks, Locale locale) {
        return weeksAfter.weeksAfter(protocolId, weeks, locale)
                .orElseGet(() -> messages.getMessage("week.after", new Object[] {weeks}, locale));
    }

    /** A protocol's phrase by language ("weeks after the fracture"), in the reader's language or else English. */
    private static String phraseIn(Object byLanguage, Locale locale) {
        if (!(byLanguage instanceof Map<?, ?> phrases) || phrases.isEmpty()) {
            return null;
        }
        Object own = phrases.get(locale.getLanguage());
        Object phrase = own != null ? own : phrases.get("en");
        return phrase == null ? null : phrase.toString();
    }

    /** An argument as the reader sees it, chosen by its name. */
    private Object shown(String name, Object value, Locale locale) {
        if (value instanceof Reason nested) {
            return words(nested, locale);
        }
        if (value instanceof List<?> list) {
            return list(name, list, locale);
        }
        if (value instanceof Double d) {
            NumberFormat number = NumberFormat.getNumberInstance(locale);
            number.setMaximumFractionDigits(1);
            return number.format(d);
        }
        if (!(value instanceof String s)) {
            return value;
        }
        return switch (name) {
            case "fromExercise", "excludedExercise" -> exerciseName(s, locale);
            case "category" -> term("category", s, locale);
            case "movement" -> term("movement", s, locale);
            case "balance", "maxBalance" -> term("balance", s, locale);
            case "fallRisk" -> term("fallRisk", s, locale);
            case "rule" -> {
                String title = messages.getMessage("constraint." + s, null, s, locale);
                yield title.substring(0, 1).toLowerCase(locale) + title.substring(1);
            }
            case "phase", "previousPhase" -> phaseName(s, locale);
            case "day" -> dayName(s, locale);
            default -> s;
        };
    }

    private String list(String name, List<?> list, Locale locale) {
        if (name.equals("weeks")) {
            return ranges(list.stream().map(w -> ((Number) w).intValue()).toList());
        }
        List<String> items = new ArrayList<>();
        for (Object item : list) {
            items.add(item instanceof Reason r ? words(r, locale) : String.valueOf(switch (name) {
                case "equipment" -> term("equipment", (String) item, locale);
                case "conditions" -> term("condition", (String) item, locale);
                case "movements" -> term("movement", (String) item, locale);
                case "restrictions" -> words(Reason.of("RESTRICTION", null, null, "type", item), locale);
                case "categories" -> term("category", (String) item, locale);
                default -> item;
            }));
        }
        if (name.equals("parts")) {
            return String.join("; ", items);
        }
        if (name.equals("dose")) {
            return String.join(", ", items);
        }
        return join(items, locale);
    }

    /** "a, b and c" in the reader's language. */
    private String join(List<String> items, Locale locale) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        String and = messages.getMessage("reason.and", null, " and ", locale);
        return String.join(", ", items.subList(0, items.size() - 1)) + and + items.getLast();
    }

    private String term(String kind, String code, Locale locale) {
        return messages.getMessage("term." + kind + "." + code, null, code, locale);
    }

    private String dayName(String day, Locale locale) {
        try {
            return DayOfWeek.valueOf(day).getDisplayName(TextStyle.FULL, locale);
        } catch (IllegalArgumentException notADay) {
            return day;
        }
    }

    /** A protocol phase's name in the reader's language ({@code phase.<name>}); the protocol's own name otherwise. */
    public String phaseName(String phase, Locale locale) {
        return phase == null ? "" : messages.getMessage("phase." + phase.replace(' ', '_'), null, phase, locale);
    }

    /** The exercise's name for the reader; the id when the catalog no longer has it. */
    public String exerciseName(String exerciseId, Locale locale) {
        if (exerciseId == null) {
            return "";
        }
        return names.name(exerciseId, locale);
    }

    /**
     * The exercise's name for the reader of a saved plan: the catalog's, in the reader's language; {@code saved} (the
     * name the plan stored when it was made) only when the catalog no longer has the exercise.
     */
    public String exerciseName(String exerciseId, Locale locale, String saved) {
        if (exerciseId == null) {
            return saved == null ? "" : saved;
        }
        return names.name(exerciseId, locale, saved == null ? exerciseId : saved);
    }

    /** "1–3, 6" from [1, 2, 3, 6]. */
    static String ranges(List<Integer> weeks) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < weeks.size()) {
            int j = i;
            while (j + 1 < weeks.size() && weeks.get(j + 1) == weeks.get(j) + 1) {
                j++;
            }
            text.append(text.isEmpty() ? "" : ", ").append(weeks.get(i));
            if (j > i) {
                text.append('–').append(weeks.get(j));
            }
            i = j + 1;
        }
        return text.toString();
    }
}
