package org.rehabplan.catalog;

/**
 * A condition an exercise can be contraindicated for. A protocol names the conditions its patients have; an
 * exercise is contraindicated for a patient only when one of its conditions is among them.
 */
public enum Condition {
    /** An osteoporotic vertebral fracture, treated with or without cement augmentation. */
    VERTEBRAL_FRACTURE("a vertebral fracture"),
    /** Low bone mass or osteoporosis, with or without a fracture. */
    OSTEOPOROSIS("osteoporosis");

    private final String phrase;

    Condition(String phrase) {
        this.phrase = phrase;
    }

    /** For sentences such as "contraindicated after a vertebral fracture". */
    public String phrase() {
        return phrase;
    }
}
