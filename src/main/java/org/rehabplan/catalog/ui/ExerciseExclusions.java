package org.rehabplan.catalog.ui;

import java.util.List;
import java.util.Optional;
import org.rehabplan.base.Reason;
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

    /**
     * Why the exercise can't be scheduled for that patient now, as reasons for the reader's words; an empty list when
     * it can; empty when the patient no longer exists (or is not the therapist's).
     */
    Optional<List<Reason>> reasonsAgainst(Exercise exercise, long patientId);
}
