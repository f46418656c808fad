package org.rehabplan.patient;

import org.rehabplan.catalog.BalanceDemand;

/** The therapist's judgement of a patient's risk of falling; it caps the balance demand of exercises. */
public enum FallRisk {
    LOW(BalanceDemand.HIGH), MODERATE(BalanceDemand.MODERATE), HIGH(BalanceDemand.LOW);

    private final BalanceDemand maxBalanceDemand;

    FallRisk(BalanceDemand maxBalanceDemand) {
        this.maxBalanceDemand = maxBalanceDemand;
    }

    /** The most balance an exercise may ask of a patient with this risk. */
    public BalanceDemand maxBalanceDemand() {
        return maxBalanceDemand;
    }

    public boolean allows(BalanceDemand demand) {
        return demand.compareTo(maxBalanceDemand) <= 0;
    }
}
