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

    /** No clinic set up (a preview without the database): "your physiotherapy clinic" in the patient's words. */
    static Contacts unknown(PatientWords words) {
        return new Contacts(new ClinicDetails(words.text("unknownClinic"), "", "", ""),
                new TherapistDetails(words.text("unknownTherapist"), ""));
    }
}
