package org.rehabplan.clinic;

import java.util.Map;

/** Contact details that can't be printed for a patient; {@link #problems()} maps each field to what is wrong. */
public class InvalidContactException extends RuntimeException {

    private final Map<String, String> problems;

    InvalidContactException(Map<String, String> problems) {
        super("Please correct: " + String.join("; ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
