package org.rehabplan.patient;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.rehabplan.audit.AuditLog;
import org.rehabplan.base.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the signed-in therapist's patients away and back: archived (or discharged) patients leave the default patient
 * list but keep all their data, and can be restored. Discharging also ends the patient's share links (see the
 * schedule feature's discharge), so a finished program is no longer reachable from a phone.
 */
@Service
public class PatientArchive {

    private final PatientRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    PatientArchive(PatientRepository repository, AuditLog audit, Optional<Clock> clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public Patient archive(long patientId, boolean discharge) {
        Patient patient = own(patientId);
        patient.archive(Instant.now(clock), discharge);
        audit.record(discharge ? "PATIENT_DISCHARGED" : "PATIENT_ARCHIVED", AuditLog.PATIENT, patientId);
        return repository.saveAndFlush(patient);
    }

    @Transactional
    public Patient restore(long patientId) {
        Patient patient = own(patientId);
        patient.restore(Instant.now(clock));
        audit.record("PATIENT_RESTORED", AuditLog.PATIENT, patientId);
        return repository.saveAndFlush(patient);
    }

    private Patient own(long patientId) {
        return repository.findByIdAndOwnerUsername(patientId, CurrentUser.name())
                .orElseThrow(() -> new PatientNotFoundException(patientId));
    }
}
