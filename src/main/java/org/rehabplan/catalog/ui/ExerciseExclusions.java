package org.rehabplan.catalog.ui;

import java.util.List;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.PatientService;
import org.rehabplan.planning.PlanProblemFactory;
import org.springframework.stereotype.Component;

/** Answers "could this exercise be scheduled for that patient, and if not why?" for the catalog browser. */
@Component
class ExerciseExclusions {

    private final PatientService patients;
    private final PlanProblemFactory problems;

    ExerciseExclusions(PatientService patients, PlanProblemFactory problems) {
        this.patients = patients;
        this.problems = problems;
    }

    /** A patient to check exercises against. */
    record PatientChoice(long id, String label) {
    }

    List<PatientChoice> patients() {
        return patients.list().stream().map(p -> new PatientChoice(p.getId(), p.getDisplayName())).toList();
    }

    List<String> reasonsAgainst(Exercise exercise, long patientId) {
        return patients.find(patientId)
                .map(p -> problems.reasonsAgainst(exercise, patients.profile(p)))
                .orElse(List.of("That patient no longer exists."));
    }
}
