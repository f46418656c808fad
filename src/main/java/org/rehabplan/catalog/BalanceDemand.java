package org.rehabplan.catalog;

/** How much balance an exercise asks, with its support counted in. */
public enum BalanceDemand {
    LOW, MODERATE, HIGH
}
