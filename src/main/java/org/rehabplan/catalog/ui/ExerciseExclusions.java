package org.rehabplan.catalog.ui;

import java.util.List;
import org.rehabplan.catalog.Exercise;

/**
 * Answers "could this exercise be scheduled for that patient, and if not why?" for the catalog browser. The catalog
 * sits below patients and planning, so the answer is given by a bean from above (planning implements it).
 */
public interface ExerciseExclusions {

    /** A patient to check exercises against. */
    record PatientChoice(long id, String label) {
    }

    /** The signed-in therapist's patients. */
    List<PatientChoice> patients();

    /** Why the exercise can't be scheduled for that patient now; empty when it can. */
    List<String> reasonsAgainst(Exercise exercise, long patientId);
}
