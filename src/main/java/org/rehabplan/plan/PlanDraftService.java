package org.rehabplan.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.patient.PatientNotFoundException;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PlanResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The signed-in therapist's unsaved plan per patient. The workspace writes it after every change, so leaving the
 * page, signing out or closing the browser keeps the work; saving a version or discarding removes it.
 */
@Service
public class PlanDraftService {

    /** A draft read back: the plan as it was on screen and when it was last changed. */
    public record Draft(PlanResult plan, Instant updatedAt) {
    }

    private final PlanDraftRepository repository;
    private final PatientService patients;
    private final ObjectMapper mapper;
    private final Clock clock;

    PlanDraftService(PlanDraftRepository repository, PatientService patients, ObjectMapper mapper,
                     Optional<Clock> clock) {
        this.repository = repository;
        this.patients = patients;
        this.mapper = mapper;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public void keep(long patientId, PlanResult plan) {
        if (!patients.isOwn(patientId)) {
            throw new PatientNotFoundException(patientId);
        }
        String user = CurrentUser.name();
        PlanDraft draft = repository.findByPatientIdAndUsername(patientId, user)
                .orElseGet(() -> new PlanDraft(patientId, user));
        draft.replace(mapper.writeValueAsString(plan), Instant.now(clock));
        repository.save(draft);
    }

    @Transactional(readOnly = true)
    public Optional<Draft> find(long patientId) {
        if (!patients.isOwn(patientId)) {
            return Optional.empty();
        }
        return repository.findByPatientIdAndUsername(patientId, CurrentUser.name())
                .map(d -> new Draft(mapper.readValue(d.getPlanJson(), PlanResult.class), d.getUpdatedAt()));
    }

    @Transactional
    public void discard(long patientId) {
        repository.deleteByOwner(patientId, CurrentUser.name());
    }
}
