package org.rehabplan.protocol;

/**
 * A finding that stops progression and asks for a referral, e.g. pain of {@code minPain}/10 or more within
 * {@code withinWeeks} weeks of the anchor event. {@code code} names the alert (plans carry codes, readers word them).
 */
public record RedFlag(String code, Integer minPain, Integer withinWeeks) {

    public boolean raisedBy(int painLevel, int weeksAfter) {
        return (minPain == null || painLevel >= minPain) && (withinWeeks == null || weeksAfter < withinWeeks);
    }
}
