package org.rehabplan.catalog;

/** What an exercise is for; protocol targets are expressed per category. */
public enum Category {
    SPINAL_EXTENSOR("Spinal extensor strengthening"),
    POSTURE("Posture"),
    CORE_STABILITY("Core stability"),
    BALANCE("Balance"),
    LOWER_LIMB("Legs"),
    UPPER_BACK_SHOULDER("Upper back and shoulders"),
    AEROBIC("Walking and aerobic"),
    BREATHING_MOBILITY("Breathing and mobility"),
    FLEXIBILITY("Flexibility"),
    SAFE_MOVEMENT("Safe movement");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
