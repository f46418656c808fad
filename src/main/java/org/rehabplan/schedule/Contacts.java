package org.rehabplan.schedule;

import org.rehabplan.clinic.ClinicDetails;
import org.rehabplan.clinic.TherapistDetails;

/** Who the patient calls, as printed on the cover, in every page footer and on the phone page. */
record Contacts(ClinicDetails clinic, TherapistDetails therapist) {

    /** The number to call first: the therapist's direct line, else the clinic's; empty when neither is set. */
    String phone() {
        if (therapist.directPhone() != null && !therapist.directPhone().isBlank()) {
            return therapist.directPhone();
        }
        return clinic.phone() == null ? "" : clinic.phone();
    }

    static Contacts unknown() {
        return new Contacts(new ClinicDetails("Your physiotherapy clinic", "", "", ""),
                new TherapistDetails("your physiotherapist", ""));
    }
}
