package org.rehabplan.visit;

/** No such visit among the signed-in therapist's patients' visits (another's, or deleted meanwhile). */
public class VisitNotFoundException extends RuntimeException {

    public VisitNotFoundException(long visitId) {
        super("No visit " + visitId + " for this patient: it was deleted or is not yours.");
    }
}
