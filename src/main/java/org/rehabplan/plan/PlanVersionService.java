package org.rehabplan.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rehabplan.audit.AuditLog;
import org.rehabplan.patient.PatientNotFoundException;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.WeekProfiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Saves plans as new immutable versions and reads them back; nothing here ever changes a saved version.
 * Reached through the patient: only the patient's owner ({@link PatientService#find}) can save or read its versions.
 */
@Service
public class PlanVersionService {

    private final PlanVersionRepository repository;
    private final PatientService patients;
    private final AuditLog audit;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final org.rehabplan.protocol.ProtocolRegistry protocols;

    PlanVersionService(PlanVersionRepository repository, PatientService patients, AuditLog audit, ObjectMapper mapper,
                       Optional<Clock> clock, org.rehabplan.protocol.ProtocolRegistry protocols) {
        this.protocols = protocols;
        this.repository = repository;
        this.patients = patients;
        this.audit = audit;
        this.mapper = mapper;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Stores {@code plan} as the patient's next version (1, 2, …); refused unless the signed-in user owns it. */
    @Transactional
    public PlanVersion save(long patientId, PatientProfile profile, PlanResult plan, List<PinnedExercise> pins,
                            String savedBy, String note, Long visitId) {
        return save(patientId, WeekProfiles.of(profile), plan, pins, savedBy, note, visitId);
    }

    /**
     * Stores a plan whose weeks follow different profiles (a follow-up re-plan: the earlier profile before the visit's
     * week, the new one from it); {@code profile_json} holds the latest profile.
     */
    @Transactional
    public PlanVersion save(long patientId, WeekProfiles profiles, PlanResult plan, List<PinnedExercise> pins,
                            String savedBy, String note, Long visitId) {
        requireOwnPatient(patientId);
        repository.lockPatient(patientId); // two saves at once: the second waits and becomes the next version
        int next = repository.maxVersionNumber(patientId) + 1;
        PatientProfile profile = profiles.segments().getLast().profile();
        PlanVersion version = new PlanVersion(patientId, next, savedBy, Instant.now(clock), note,
                plan.feasible(), plan.score(), mapper.writeValueAsString(profile), mapper.writeValueAsString(plan),
                mapper.writeValueAsString(pins), visitId)
                .withWeekProfiles(profiles.segments().size() > 1 ? mapper.writeValueAsString(profiles) : null)
                .withProtocolId(plan.protocol() != null ? plan.protocol()
                        : profile.protocolId() != null ? profile.protocolId() : protocols.defaultId());
        PlanVersion saved = repository.saveAndFlush(version);
        audit.record("PLAN_SAVED", AuditLog.PLAN_VERSION, saved.getId(), "patient " + patientId + ", version " + next);
        return saved;
    }

    /** The patient's versions, newest first; empty for a patient that isn't the signed-in user's. */
    @Transactional
    public List<PlanVersion> versions(long patientId) {
        return patients.isOwn(patientId) ? repository.findByPatientIdOrderByVersionNumberDesc(patientId)
                : List.of();
    }

    /** A version of the signed-in user's patient; empty if either is someone else's or the version isn't this patient's. */
    @Transactional
    public Optional<SavedPlan> find(long patientId, long versionId) {
        if (!patients.isOwn(patientId)) {
            return Optional.empty();
        }
        Optional<SavedPlan> plan = repository.findById(versionId).filter(v -> v.getPatientId() == patientId)
                .map(this::read);
        plan.ifPresent(p -> audit.record("PLAN_VIEWED", AuditLog.PLAN_VERSION, versionId, null));
        return plan;
    }

    /**
     * A version by id alone, WITHOUT an owner check: only for callers that proved access another way (a patient's
     * share link token). Everything reached from an id in a URL uses {@link #find(long, long)}.
     */
    @Transactional(readOnly = true)
    public Optional<SavedPlan> findForShareLink(long versionId) {
        return repository.findById(versionId).map(this::read);
    }

    /**
     * The newest feasible version of the patient that {@code versionId} belongs to, WITHOUT an owner check: for share
     * links that follow the patient's latest plan (access proven by the link's token).
     */
    @Transactional(readOnly = true)
    public Optional<SavedPlan> latestFeasibleForShareLink(long versionId) {
        return repository.findById(versionId)
                .flatMap(v -> repository.findByPatientIdOrderByVersionNumberDesc(v.getPatientId()).stream()
                        .filter(PlanVersion::isFeasible).findFirst())
                .map(this::read);
    }

    /** The newest version of the signed-in user's patient. */
    @Transactional
    public Optional<SavedPlan> latest(long patientId) {
        if (!patients.isOwn(patientId)) {
            return Optional.empty();
        }
        return repository.findFirstByPatientIdOrderByVersionNumberDesc(patientId).map(this::read);
    }

    private void requireOwnPatient(long patientId) {
        if (!patients.isOwn(patientId)) {
            throw new PatientNotFoundException(patientId);
        }
    }

    private SavedPlan read(PlanVersion version) {
        PatientProfile stored = mapper.readValue(version.getProfileJson(), PatientProfile.class);
        // a version saved before protocols were chosen per patient keeps the protocol its row records
        PatientProfile profile = stored.protocolId() != null ? stored : stored.withProtocolId(version.getProtocolId());
        WeekProfiles profiles = version.getWeekProfilesJson() == null ? WeekProfiles.of(profile)
                : mapper.readValue(version.getWeekProfilesJson(), WeekProfiles.class);
        return new SavedPlan(version, profile, mapper.readValue(version.getPlanJson(), PlanResult.class),
                mapper.readValue(version.getPinsJson(), new TypeReference<List<PinnedExercise>>() { }), profiles);
    }
}
