package org.rehabplan.protocol;

import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A protocol's own wording in one language: what its anchor event is called ("Procedure date" / "Fracture date" /
 * "Diagnosis date" on the form, "weeks after the procedure" in sentences, and with a number: {@code weeksAfterCount},
 * an ICU message with {@code {weeks}} and the language's plural forms, "1 week after the procedure", "12 weeks after
 * the procedure"), the condition in the patient's words, and the
 * lines a printed schedule adds for this condition only (e.g. watching the wound after a procedure, wearing a brace
 * after a fracture), and optionally the protocol's {@code name} in this language.
 */
public record ProtocolTexts(
        String anchorLabel,
        String anchorHelp,
        String weeksAfter,
        String weeksAfterCount,
        String patientCondition,
        List<String> stopAndCall,
        List<String> moveSafely,
        String name) {

    public ProtocolTexts {
        stopAndCall = stopAndCall == null ? List.of() : List.copyOf(stopAndCall);
        moveSafely = moveSafely == null ? List.of() : List.copyOf(moveSafely);
    }

    /** "1 week after the fracture", "12 semanas después de la fractura": a number of weeks counted this way. */
    public String weeksAfter(int weeks, Locale locale) {
        return new MessageFormat(weeksAfterCount, locale).format(Map.of("weeks", weeks));
    }
}
