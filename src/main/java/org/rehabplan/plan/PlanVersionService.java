package org.rehabplan.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.planning.PinnedExercise;
import org.rehabplan.planning.PlanResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Saves plans as new immutable versions and reads them back; nothing here ever changes a saved version. */
@Service
public class PlanVersionService {

    private final PlanVersionRepository repository;
    private final ObjectMapper mapper;
    private final Clock clock;

    PlanVersionService(PlanVersionRepository repository, ObjectMapper mapper, Optional<Clock> clock) {
        this.repository = repository;
        this.mapper = mapper;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Stores {@code plan} as the patient's next version (1, 2, …). */
    @Transactional
    public PlanVersion save(long patientId, PatientProfile profile, PlanResult plan, List<PinnedExercise> pins,
                            String savedBy, String note, Long visitId) {
        int next = repository.maxVersionNumber(patientId) + 1;
        return repository.saveAndFlush(new PlanVersion(patientId, next, savedBy, Instant.now(clock), note,
                plan.feasible(), plan.score(), mapper.writeValueAsString(profile), mapper.writeValueAsString(plan),
                mapper.writeValueAsString(pins), visitId));
    }

    /** The patient's versions, newest first. */
    @Transactional(readOnly = true)
    public List<PlanVersion> versions(long patientId) {
        return repository.findByPatientIdOrderByVersionNumberDesc(patientId);
    }

    @Transactional(readOnly = true)
    public Optional<SavedPlan> find(long versionId) {
        return repository.findById(versionId).map(this::read);
    }

    @Transactional(readOnly = true)
    public Optional<SavedPlan> latest(long patientId) {
        return repository.findFirstByPatientIdOrderByVersionNumberDesc(patientId).map(this::read);
    }

    private SavedPlan read(PlanVersion version) {
        return new SavedPlan(version, mapper.readValue(version.getProfileJson(), PatientProfile.class),
                mapper.readValue(version.getPlanJson(), PlanResult.class),
                mapper.readValue(version.getPinsJson(), new TypeReference<List<PinnedExercise>>() { }));
    }
}
