package org.rehabplan.planning.template;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.patient.InvalidProfileException;
import org.rehabplan.patient.PatientNotFoundException;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.patient.PatientTemplates;
import org.rehabplan.patient.ProfileProblem;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.planning.service.PlanProblemFactory;
import org.rehabplan.protocol.ProtocolRegistry;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The signed-in therapist's templates: a plan's choices saved under a name for a protocol, listed, deleted, and used
 * to start a new patient. Owner-scoped like patients: someone else's template looks exactly like a missing one.
 */
@Service
public class PlanTemplateService implements PatientTemplates {

    static final int MAX_NAME = 120;

    /** A template read back with its choices. */
    public record Template(long id, String name, String protocolId, TemplateChoices choices, Instant createdAt) {
    }

    private final PlanTemplateRepository repository;
    private final PatientService patients;
    private final ProtocolRegistry protocols;
    private final Catalog catalog;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final org.rehabplan.planning.service.PlanProblemFactory problemFactory;

    PlanTemplateService(PlanTemplateRepository repository, PatientService patients, ProtocolRegistry protocols,
                        Catalog catalog, ObjectMapper mapper, Optional<Clock> clock,
                        org.rehabplan.planning.service.PlanProblemFactory problemFactory) {
        this.problemFactory = problemFactory;
        this.repository = repository;
        this.patients = patients;
        this.protocols = protocols;
        this.catalog = catalog;
        this.mapper = mapper;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The choices a plan holds: its profile's favourites and lasting exclusions, and the locked exercises. */
    public static TemplateChoices choicesOf(PatientProfile profile, List<PinnedExercise> locks) {
        List<String> excluded = profile.restrictions().stream()
                .filter(r -> r.type() == RestrictionType.EXCLUDE_EXERCISE && r.untilWeek() == null)
                .map(Restriction::exerciseId).distinct().toList();
        return new TemplateChoices(profile.favouriteExerciseIds(), excluded, locks);
    }

    /** The signed-in therapist's templates for a protocol (all of them when {@code protocolId} is null), by name. */
    @Transactional(readOnly = true)
    public List<Template> list(String protocolId) {
        String owner = CurrentUser.name();
        List<PlanTemplate> found = protocolId == null ? repository.findByOwnerUsernameOrderByNameAsc(owner)
                : repository.findByOwnerUsernameAndProtocolIdOrderByNameAsc(owner, protocolId);
        return found.stream().map(this::read).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Template> find(long id) {
        return repository.findByIdAndOwnerUsername(id, CurrentUser.name()).map(this::read);
    }

    /** Saves the choices under a name for a protocol; every problem is refused against its field. */
    @Transactional
    public Template save(String name, String protocolId, TemplateChoices choices) {
        String owner = CurrentUser.name();
        List<ProfileProblem> problems = new ArrayList<>();
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            problems.add(new ProfileProblem("name", "give the template a name of 1 to " + MAX_NAME + " characters"));
        }
        if (!protocols.contains(protocolId)) {
            problems.add(new ProfileProblem("protocolId", "no protocol with id '" + protocolId + "'"));
        } else if (!trimmed.isEmpty() && repository.existsByOwnerUsernameAndProtocolIdAndName(owner, protocolId, trimmed)) {
            problems.add(new ProfileProblem("name", "you already have a template called '" + trimmed
                    + "' for this protocol"));
        }
        TemplateChoices safe = choices == null ? new TemplateChoices(null, null, null) : choices;
        unknownExercises(problems, "favouriteExerciseIds", safe.favouriteExerciseIds());
        unknownExercises(problems, "excludedExerciseIds", safe.excludedExerciseIds());
        for (int i = 0; i < safe.locks().size(); i++) {
            PinnedExercise lock = safe.locks().get(i);
            if (lock == null || lock.week() < 1 || lock.week() > 52 || lock.session() < 1 || lock.session() > 7) {
                problems.add(new ProfileProblem("locks[" + i + "]", "give a week from 1 to 52 and a session from 1 to 7"));
            } else if (!catalog.contains(lock.exerciseId())) {
                problems.add(new ProfileProblem("locks[" + i + "].exerciseId",
                        "no exercise with id '" + lock.exerciseId() + "' in the catalog"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        PlanTemplate saved = repository.saveAndFlush(new PlanTemplate(owner, trimmed, protocolId,
                mapper.writeValueAsString(safe), Instant.now(clock)));
        return read(saved);
    }

    /** Deletes one of the signed-in therapist's templates; patients started from it keep their plans. */
    @Override
    @Transactional
    public void delete(long id) {
        PlanTemplate template = repository.findByIdAndOwnerUsername(id, CurrentUser.name())
                .orElseThrow(() -> new TemplateNotFoundException(id));
        repository.forgetStarts(template.getId());
        repository.delete(template);
    }

    /**
     * A new patient's profile with a template's choices: its favourites, and its exclusions added to the
     * restrictions (the protocol's defaults and the therapist's own entries stay).
     */
    public static PatientProfile applyTo(PatientProfile profile, TemplateChoices choices) {
        return PatientTemplates.applyTo(profile, choices.favouriteExerciseIds(), choices.excludedExerciseIds());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PatientTemplates.Choice> forProtocol(String protocolId) {
        return list(protocolId).stream().map(t -> new PatientTemplates.Choice(t.id(), t.name(),
                t.choices().favouriteExerciseIds(), t.choices().excludedExerciseIds())).toList();
    }

    /** Records that a new patient was started from a template, so its locks apply to the first plan. */
    @Override
    @Transactional
    public void startPatientFrom(long patientId, long templateId) {
        if (!patients.isOwn(patientId)) {
            throw new PatientNotFoundException(patientId);
        }
        repository.findByIdAndOwnerUsername(templateId, CurrentUser.name())
                .orElseThrow(() -> new TemplateNotFoundException(templateId));
        repository.startPatientFrom(patientId, templateId);
    }

    /** The locks of the template the patient was started from (none when it was not, or the template is gone). */
    @Transactional(readOnly = true)
    public List<PinnedExercise> startLocks(long patientId) {
        if (!patients.isOwn(patientId)) {
            return List.of();
        }
        return repository.startTemplateOf(patientId)
                .flatMap(id -> repository.findByIdAndOwnerUsername(id, CurrentUser.name()))
                .map(t -> read(t).choices().locks()).orElse(List.of());
    }

    /**
     * The start template's locks that fit this patient's plan (its weeks and sessions) and are safe in their week;
     * the others are left for the solver to fill.
     */
    @Transactional(readOnly = true)
    public List<PinnedExercise> usableStartLocks(long patientId, PatientProfile profile) {
        int sessions = profile.effectiveSessionDays().size();
        return startLocks(patientId).stream()
                .filter(l -> l.week() <= profile.planWeeks() && l.session() <= sessions)
                .filter(l -> catalog.find(l.exerciseId())
                        .map(e -> problemFactory.reasonsAgainstInWeek(e, profile, l.week()).isEmpty()).orElse(false))
                .toList();
    }

    private void unknownExercises(List<ProfileProblem> problems, String field, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || !catalog.contains(ids.get(i))) {
                problems.add(new ProfileProblem(field + "[" + i + "]", "no exercise with id '" + ids.get(i)
                        + "' in the catalog"));
            }
        }
    }

    private Template read(PlanTemplate t) {
        return new Template(t.getId(), t.getName(), t.getProtocolId(),
                mapper.readValue(t.getChoicesJson(), TemplateChoices.class), t.getCreatedAt());
    }
}
