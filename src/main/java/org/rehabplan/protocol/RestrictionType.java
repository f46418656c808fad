package org.rehabplan.protocol;

/** Kinds of restriction a surgeon or therapist can place on a patient. */
public enum RestrictionType {
    NO_SPINAL_FLEXION("No bending forward"),
    NO_SPINAL_ROTATION("No twisting"),
    NO_SIDE_BENDING("No side bending"),
    NO_IMPACT("No impact"),
    NO_OVERHEAD_LOAD("Nothing lifted overhead"),
    NO_PRONE("No lying on the stomach"),
    LIFT_LIMIT("Lift limit"),
    EXCLUDE_EXERCISE("Exclude an exercise");

    private final String label;

    RestrictionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
