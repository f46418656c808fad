package org.rehabplan.clinic;

/** The clinic as the patient's handout shows it; address and hours may be empty. */
public record ClinicDetails(String name, String phone, String address, String openingHours) {
}
