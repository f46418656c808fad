package org.rehabplan.patient.visit;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shifts plan-week numbers in the planner's sentences ("Week 2, Monday: …", "Safe in weeks 1–3, 5 but not chosen")
 * when a plan solved for the remaining weeks only becomes weeks {@code offset + 1…} of the whole plan. Numbers that
 * count weeks after the procedure ("until week 12", "until 12 weeks after the procedure") are left as they are.
 */
final class WeekRenumbering {

    private static final Pattern PLAN_WEEKS =
            Pattern.compile("(?<!until )\\b([Ww]eeks?) (\\d+(?:–\\d+)?(?:, \\d+(?:–\\d+)?)*)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private WeekRenumbering() {
    }

    static String shift(String text, int offset) {
        if (text == null || offset == 0) {
            return text;
        }
        Matcher m = PLAN_WEEKS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Matcher n = NUMBER.matcher(m.group(2));
            StringBuilder numbers = new StringBuilder();
            while (n.find()) {
                n.appendReplacement(numbers, Integer.toString(Integer.parseInt(n.group()) + offset));
            }
            n.appendTail(numbers);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + " " + numbers));
        }
        m.appendTail(out);
        return out.toString();
    }

    static List<String> shift(List<String> texts, int offset) {
        return texts == null ? List.of() : texts.stream().map(t -> shift(t, offset)).toList();
    }
}
