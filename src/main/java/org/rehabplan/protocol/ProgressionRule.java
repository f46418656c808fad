package org.rehabplan.protocol;

/**
 * How a plan climbs an exercise family: each weekly dose step adds at least {@code minVolumeIncrease} (0.1 = 10 %)
 * of work; a family starts at its easiest variant that is at most {@code entryLevelsBelowCap} levels below the
 * week's allowed level (the bottom of the family for a new or painful patient, not a trivially easy one for a
 * patient months after the event).
 */
public record ProgressionRule(double minVolumeIncrease, int entryLevelsBelowCap) {

    public static final ProgressionRule DEFAULT = new ProgressionRule(0.1, 3);
}
