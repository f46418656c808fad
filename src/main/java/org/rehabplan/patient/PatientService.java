package org.rehabplan.patient;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Creates, reads and updates patients; profiles are validated before anything is stored. */
@Service
public class PatientService {

    private final PatientRepository repository;
    private final ProfileValidator validator;
    private final ObjectMapper mapper;
    private final Clock clock;

    PatientService(PatientRepository repository, ProfileValidator validator, ObjectMapper mapper,
                   Optional<Clock> clock) {
        this.repository = repository;
        this.validator = validator;
        this.mapper = mapper;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public List<Patient> list(String ownerUsername) {
        return ownerUsername == null ? repository.findAllByOrderByDisplayNameAsc()
                : repository.findByOwnerUsernameOrderByDisplayNameAsc(ownerUsername);
    }

    @Transactional(readOnly = true)
    public Optional<Patient> find(long id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    @Transactional
    public Patient create(PatientProfile profile, String ownerUsername) {
        validator.requireValid(profile);
        Patient patient = new Patient(ownerUsername, profile.patientRef(), profile.label(), write(profile),
                Instant.now(clock));
        return repository.save(patient);
    }

    /**
     * Updates a patient edited from version {@code expectedVersion}; if someone saved in between, the edit is refused
     * with {@link ObjectOptimisticLockingFailureException} instead of overwriting theirs.
     */
    @Transactional
    public Patient update(long id, long expectedVersion, PatientProfile profile) {
        validator.requireValid(profile);
        Patient patient = repository.findById(id).orElseThrow(() -> new PatientNotFoundException(id));
        if (patient.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Patient.class, id);
        }
        patient.update(profile.patientRef(), profile.label(), write(profile), Instant.now(clock));
        return repository.saveAndFlush(patient);
    }

    public PatientProfile profile(Patient patient) {
        return mapper.readValue(patient.getProfileJson(), PatientProfile.class);
    }

    private String write(PatientProfile profile) {
        return mapper.writeValueAsString(profile);
    }
}
