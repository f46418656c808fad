package org.rehabplan.clinic;

/**
 * The clinic as the patient's handout shows it; address and hours may be empty. {@code units}: whether lift limits
 * are printed in pounds too (absent: kilograms only).
 */
public record ClinicDetails(String name, String phone, String address, String openingHours, WeightUnits units) {

    public ClinicDetails {
        units = units == null ? WeightUnits.KG : units;
    }

    public ClinicDetails(String name, String phone, String address, String openingHours) {
        this(name, phone, address, openingHours, WeightUnits.KG);
    }

    /** Lift limits in pounds as well as kilograms. */
    public boolean showsPounds() {
        return units == WeightUnits.KG_AND_LB;
    }
}
