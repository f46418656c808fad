package org.rehabplan.catalog.ui;

import java.util.List;
import java.util.Locale;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.PatientService;
import org.rehabplan.planning.PlanProblemFactory;
import org.rehabplan.base.ReasonText;
import org.springframework.stereotype.Component;

/** Answers "could this exercise be scheduled for that patient, and if not why?" for the catalog browser. */
@Component
class ExerciseExclusions {

    private final PatientService patients;
    private final PlanProblemFactory problems;
    private final ReasonText reasons;

    ExerciseExclusions(PatientService patients, PlanProblemFactory problems, ReasonText reasons) {
        this.patients = patients;
        this.problems = problems;
        this.reasons = reasons;
    }

    /** A patient to check exercises against. */
    record PatientChoice(long id, String label) {
    }

    List<PatientChoice> patients() {
        return patients.list().stream().map(p -> new PatientChoice(p.getId(), p.getDisplayName())).toList();
    }

    /** Why, in the reader's language; empty when it is safe in every week; absent when the patient is gone. */
    java.util.Optional<List<String>> reasonsAgainst(Exercise exercise, long patientId, Locale locale) {
        return patients.find(patientId)
                .map(p -> reasons.render(problems.reasonsAgainst(exercise, patients.profile(p)), locale));
    }
}
