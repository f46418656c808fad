package org.rehabplan.patient;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rehabplan.audit.AuditLog;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.protocol.ProtocolRegistry;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Creates, reads and updates patients; profiles are validated before anything is stored.
 * <p>
 * Owner-scoped: every method acts on the signed-in user's own patients only ({@link CurrentUser}). Someone else's
 * patient looks exactly like a missing one (empty / {@link PatientNotFoundException}), so ids can't be probed.
 * Admins are no exception: they manage accounts, and see only the patients they own themselves.
 */
@Service
public class PatientService {

    private final PatientRepository repository;
    private final ProfileValidator validator;
    private final ObjectMapper mapper;
    private final AuditLog audit;
    private final Clock clock;
    private final ProtocolRegistry protocols;

    PatientService(PatientRepository repository, ProfileValidator validator, ObjectMapper mapper, AuditLog audit,
                   Optional<Clock> clock, ProtocolRegistry protocols) {
        this.protocols = protocols;
        this.repository = repository;
        this.validator = validator;
        this.mapper = mapper;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The signed-in user's patients, by name. */
    @Transactional(readOnly = true)
    public List<Patient> list() {
        return repository.findByOwnerUsernameOrderByDisplayNameAsc(CurrentUser.name());
    }

    /** The patient, if it exists and the signed-in user owns it; recorded in the audit log as viewed. */
    @Transactional
    public Optional<Patient> find(long id) {
        Optional<Patient> patient = repository.findByIdAndOwnerUsername(id, CurrentUser.name());
        patient.ifPresent(p -> audit.record("PATIENT_VIEWED", AuditLog.PATIENT, p.getId()));
        return patient;
    }

    /**
     * Whether the patient exists and the signed-in user owns it: an access check for other features' records (plan
     * versions, share links), not a view of the patient, so nothing is audited.
     */
    @Transactional(readOnly = true)
    public boolean isOwn(long id) {
        return repository.existsByIdAndOwnerUsername(id, CurrentUser.name());
    }

    /** How many patients the signed-in user has. */
    @Transactional(readOnly = true)
    public long count() {
        return repository.countByOwnerUsername(CurrentUser.name());
    }

    /** Whether the database holds no patients at all (the demo seeds go only into an empty database). */
    @Transactional(readOnly = true)
    boolean isEmpty() {
        return repository.count() == 0;
    }

    /** Creates a patient owned by the signed-in user. */
    @Transactional
    public Patient create(PatientProfile profile) {
        return create(profile, null);
    }

    /**
     * Creates a patient owned by {@code ownerUsername}, or by the signed-in user when it is null (the usual case;
     * an explicit owner is for the demo seeds and tests).
     */
    @Transactional
    public Patient create(PatientProfile profile, String ownerUsername) {
        String owner = ownerUsername != null ? ownerUsername : CurrentUser.name();
        if (!CurrentUser.isSignedIn() && ownerUsername == null) {
            throw new IllegalStateException("A patient needs an owner: nobody is signed in");
        }
        validator.requireValid(profile);
        PatientProfile named = withProtocol(profile);
        Patient patient = repository.saveAndFlush(new Patient(owner, named.patientRef(), named.label(),
                write(named), named.protocolId(), Instant.now(clock)));
        audit.record("PATIENT_CREATED", AuditLog.PATIENT, patient.getId(), "owner " + owner);
        return patient;
    }

    /**
     * Updates the signed-in user's patient, edited from version {@code expectedVersion}; if someone saved in between,
     * the edit is refused with {@link ObjectOptimisticLockingFailureException} instead of overwriting theirs.
     */
    @Transactional
    public Patient update(long id, long expectedVersion, PatientProfile profile) {
        validator.requireValid(profile);
        Patient patient = repository.findByIdAndOwnerUsername(id, CurrentUser.name())
                .orElseThrow(() -> new PatientNotFoundException(id));
        if (patient.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Patient.class, id);
        }
        PatientProfile named = withProtocol(profile);
        patient.update(named.patientRef(), named.label(), write(named), named.protocolId(), Instant.now(clock));
        Patient saved = repository.saveAndFlush(patient);
        audit.record("PATIENT_CHANGED", AuditLog.PATIENT, id, "version " + saved.getVersion());
        return saved;
    }

    /**
     * The stored profile; one stored before protocol defaults were a flag holds its complete list (settled), one
     * stored before protocols were chosen per patient gets the protocol its row records.
     */
    public PatientProfile profile(Patient patient) {
        PatientProfile stored = mapper.readValue(patient.getProfileJson(), PatientProfile.class).settled();
        return stored.protocolId() != null ? stored : stored.withProtocolId(patient.getProtocolId());
    }

    /** A profile that names no protocol is stored with the default one, so a later change of default moves nobody. */
    private PatientProfile withProtocol(PatientProfile profile) {
        return profile.protocolId() != null ? profile : profile.withProtocolId(protocols.defaultId());
    }

    private String write(PatientProfile profile) {
        return mapper.writeValueAsString(profile);
    }
}
