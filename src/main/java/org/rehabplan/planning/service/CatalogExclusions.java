package org.rehabplan.planning.service;

import java.util.List;
import java.util.Optional;
import org.rehabplan.base.Reason;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.ui.ExerciseExclusions;
import org.rehabplan.patient.PatientService;
import org.springframework.stereotype.Component;

/** The planner's safety rules applied to one catalog exercise for one of the therapist's patients. */
@Component
class CatalogExclusions implements ExerciseExclusions {

    private final PatientService patients;
    private final PlanProblemFactory problems;

    CatalogExclusions(PatientService patients, PlanProblemFactory problems) {
        this.patients = patients;
        this.problems = problems;
    }

    @Override
    public List<PatientChoice> patients() {
        return patients.list().stream().map(p -> new PatientChoice(p.getId(), p.getDisplayName())).toList();
    }

    @Override
    public Optional<List<Reason>> reasonsAgainst(Exercise exercise, long patientId) {
        return patients.find(patientId).map(p -> problems.reasonsAgainst(exercise, patients.profile(p)));
    }
}
