package org.rehabplan.catalog;

/** What a patient may have at home. */
public enum Equipment {
    CHAIR("Firm chair"),
    WALL("Wall"),
    COUNTER("Kitchen counter"),
    MAT("Floor mat"),
    PILLOW("Pillow"),
    TOWEL_ROLL("Towel roll"),
    RESISTANCE_BAND("Resistance band"),
    DUMBBELL("Light hand weights"),
    DOWEL("Dowel or broom handle"),
    STEP("Step with a rail"),
    BALL("Ball"),
    STRAP("Strap, belt or long towel"),
    CHAIR_BACK("Sturdy chair back to hold"),
    STAIRS("Stairs with a handrail");

    private final String label;

    Equipment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
