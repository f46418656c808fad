package org.rehabplan.visit;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rehabplan.audit.AuditLog;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientNotFoundException;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and lists a patient's follow-up visits. Every call starts from {@link PatientService#find}, so a therapist
 * reaches only the visits of their own patients, and a visit id is accepted only together with its patient's id.
 */
@Service
public class VisitService {

    private final VisitRepository repository;
    private final PatientService patients;
    private final Validator validator;
    private final Catalog catalog;
    private final Clock clock;

    private final AuditLog audit;

    VisitService(VisitRepository repository, PatientService patients, Validator validator, Catalog catalog,
                 AuditLog audit, Optional<Clock> clock) {
        this.repository = repository;
        this.audit = audit;
        this.patients = patients;
        this.validator = validator;
        this.catalog = catalog;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The patient's visits, oldest first. */
    @Transactional(readOnly = true)
    public List<Visit> visits(long patientId) {
        return repository.findByPatientIdOrderByVisitDateAscIdAsc(patient(patientId).getId());
    }

    /** One visit of the patient; empty for another patient's visit. */
    @Transactional(readOnly = true)
    public Optional<Visit> find(long patientId, long visitId) {
        return repository.findByIdAndPatientId(visitId, patient(patientId).getId());
    }

    /** The most recent visit by date (the latest recorded one on the same day). */
    @Transactional(readOnly = true)
    public Optional<Visit> latest(long patientId) {
        List<Visit> all = visits(patientId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    /** Everything wrong with the entry, field by field; empty when it can be recorded. */
    @Transactional(readOnly = true)
    public List<VisitProblem> problems(long patientId, VisitEntry entry) {
        return problems(patients.profile(patient(patientId)), entry);
    }

    /** Records the visit for the signed-in therapist, or refuses it with every problem and stores nothing. */
    @Transactional
    public Visit record(long patientId, VisitEntry entry) {
        Patient patient = patient(patientId);
        List<VisitProblem> problems = problems(patients.profile(patient), entry);
        if (!problems.isEmpty()) {
            throw new InvalidVisitException(problems);
        }
        Visit visit = repository.saveAndFlush(new Visit(patient.getId(), entry, CurrentUser.name(),
                Instant.now(clock)));
        audit.record("VISIT_RECORDED", "VISIT", visit.getId(), "patient " + patient.getId());
        return visit;
    }

    /**
     * Corrects a recorded visit (the whole entry), checked as a new one; {@code version} is the one the therapist
     * read, so a correction made by someone else in between is a conflict, never overwritten silently.
     */
    @Transactional
    public Visit correct(long patientId, long visitId, long version, VisitEntry entry) {
        Patient patient = patient(patientId);
        Visit visit = repository.findByIdAndPatientId(visitId, patient.getId())
                .orElseThrow(() -> new VisitNotFoundException(visitId));
        if (visit.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Visit.class, visitId);
        }
        List<VisitProblem> problems = problems(patients.profile(patient), entry);
        if (!problems.isEmpty()) {
            throw new InvalidVisitException(problems);
        }
        LocalDate before = visit.getVisitDate();
        int painBefore = visit.getPainLevel();
        visit.correct(entry, CurrentUser.name(), Instant.now(clock));
        Visit saved = repository.saveAndFlush(visit);
        audit.record("VISIT_CORRECTED", "VISIT", visitId, "patient " + patient.getId() + ", visit of " + before
                + " (pain " + painBefore + ") now " + entry.visitDate() + " (pain " + entry.painLevel() + ")");
        return saved;
    }

    /**
     * Deletes a visit. The plan versions it led to stay as saved (they are history) and the audit log keeps when it
     * was, its pain, and who deleted it.
     */
    @Transactional
    public void delete(long patientId, long visitId) {
        Patient patient = patient(patientId);
        Visit visit = repository.findByIdAndPatientId(visitId, patient.getId())
                .orElseThrow(() -> new VisitNotFoundException(visitId));
        repository.delete(visit);
        repository.flush();
        audit.record("VISIT_DELETED", "VISIT", visitId, "patient " + patient.getId() + ", visit of "
                + visit.getVisitDate() + " (pain " + visit.getPainLevel() + ", recorded by " + visit.getRecordedBy()
                + ")");
    }

    private List<VisitProblem> problems(PatientProfile profile, VisitEntry entry) {
        List<VisitProblem> problems = new ArrayList<>();
        for (ConstraintViolation<VisitEntry> v : validator.validate(entry)) {
            problems.add(new VisitProblem(v.getPropertyPath().toString(), v.getMessage()));
        }
        LocalDate date = entry.visitDate();
        if (date != null && profile.anchorDate() != null && date.isBefore(profile.anchorDate())) {
            problems.add(new VisitProblem("visitDate", "must not be before the procedure (" + profile.anchorDate()
                    + ")"));
        }
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            problems.add(new VisitProblem("visitDate", "must not be in the future"));
        }
        entry.tolerated().forEach((exerciseId, tolerated) -> {
            if (!catalog.contains(exerciseId)) {
                problems.add(new VisitProblem("tolerated", "no exercise with id '" + exerciseId + "' in the catalog"));
            } else if (tolerated == null) {
                problems.add(new VisitProblem("tolerated", "say whether '" + exerciseId + "' was tolerated"));
            }
        });
        // one message per field is enough to act on; the order is stable for the form and the API
        problems.sort(Comparator.comparing(VisitProblem::field).thenComparing(VisitProblem::message));
        return problems;
    }

    private Patient patient(long patientId) {
        return patients.find(patientId).orElseThrow(() -> new PatientNotFoundException(patientId));
    }
}
