package org.rehabplan.patient;

/** No patient with that id (or none the signed-in therapist may see: the two are not told apart). */
public class PatientNotFoundException extends RuntimeException {

    private final long patientId;

    public PatientNotFoundException(long id) {
        // for the log; readers get their own words from the id
        super("No patient with id " + id);
        this.patientId = id;
    }

    public long patientId() {
        return patientId;
    }
}
