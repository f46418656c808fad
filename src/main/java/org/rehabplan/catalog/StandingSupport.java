package org.rehabplan.catalog;

/** How a standing or walking exercise is supported; null in the catalog = standing free (or not standing). */
public enum StandingSupport {
    /** One or both hands hold a counter, chair back, rail or wall throughout. */
    HOLD,
    /** Done with a walking aid in hand (walking). */
    WALKING_AID
}
