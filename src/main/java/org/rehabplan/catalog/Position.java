package org.rehabplan.catalog;

/** The position an exercise starts in. */
public enum Position {
    SUPINE, PRONE, SIDE_LYING, QUADRUPED, KNEELING, SEATED, STANDING, WALKING;

    /** Positions that need the patient to get down to the floor. */
    public boolean needsFloor() {
        return this == QUADRUPED || this == KNEELING;
    }
}
