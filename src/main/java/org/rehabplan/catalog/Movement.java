package org.rehabplan.catalog;

/** What the spine or body does during an exercise; restrictions act on these. */
public enum Movement {
    SPINAL_FLEXION("bends the spine forward"),
    SPINAL_ROTATION("twists the spine"),
    SIDE_BENDING("bends the spine sideways"),
    SPINAL_EXTENSION("extends the spine"),
    IMPACT("involves impact"),
    FLOOR_TRANSFER("needs getting down to the floor"),
    OVERHEAD_LOAD("lifts a load overhead"),
    PUSH("pushes against resistance"),
    PULL("pulls against resistance");

    private final String phrase;

    Movement(String phrase) {
        this.phrase = phrase;
    }

    /** A verb phrase for sentences such as "Sit-up bends the spine forward". */
    public String phrase() {
        return phrase;
    }
}
