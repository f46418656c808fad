package org.rehabplan.clinic;

import java.util.Map;
import org.rehabplan.base.i18n.Wording;

/**
 * Contact details that can't be printed for a patient; {@link #problems()} maps each field to what is wrong, worded
 * in the reader's language where it is shown.
 */
public class InvalidContactException extends RuntimeException {

    private final Map<String, Wording> problems;

    InvalidContactException(Map<String, Wording> problems) {
        super("Please correct: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, Wording> problems() {
        return problems;
    }
}
