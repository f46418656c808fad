package org.rehabplan.patient;

/** No patient with that id (or none the signed-in therapist may see: the two are not told apart). */
public class PatientNotFoundException extends RuntimeException {

    public PatientNotFoundException(long id) {
        super("No patient with id " + id);
    }
}
