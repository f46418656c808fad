package org.rehabplan.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.base.ReasonText;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientNotFoundException;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.plan.SavedPlan;
import org.rehabplan.planning.service.SolveGate;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.WebAsyncTask;

/**
 * The signed-in therapist's saved patients and their plan versions. Someone else's patient answers 404 exactly like
 * a missing one. Updates carry the {@code version} they were edited from; a stale one answers 409.
 */
@RestController
@RequestMapping("/api/patients")
class PatientController {

    private final PatientService patients;
    private final PlanVersionService plans;
    private final SolveGate gate;
    private final SolveAnswers answers;
    private final ProtocolRegistry protocols;
    private final ReasonText reasons;

    PatientController(PatientService patients, PlanVersionService plans, SolveGate gate, SolveAnswers answers,
                      ProtocolRegistry protocols, ReasonText reasons) {
        this.patients = patients;
        this.plans = plans;
        this.gate = gate;
        this.answers = answers;
        this.protocols = protocols;
        this.reasons = reasons;
    }

    /** A patient in a list: no profile (no health data) beyond its name and reference. */
    record PatientSummary(long id, long version, String patientRef, String displayName, Instant updatedAt) {
        static PatientSummary of(Patient p) {
            return new PatientSummary(p.getId(), p.getVersion(), p.getPatientRef(), p.getDisplayName(),
                    p.getUpdatedAt());
        }
    }

    record PatientDetail(long id, long version, Instant createdAt, Instant updatedAt, PatientProfile profile) {
    }

    /** PUT body: the profile and the {@code version} of the patient it was edited from. */
    record PatientUpdate(Long version, PatientProfile profile) {
    }

    record PlanVersionSummary(long id, int versionNumber, String createdBy, Instant createdAt, String note,
                              boolean feasible, String score) {
        static PlanVersionSummary of(PlanVersion v) {
            return new PlanVersionSummary(v.getId(), v.getVersionNumber(), v.getCreatedBy(), v.getCreatedAt(),
                    v.getNote(), v.isFeasible(), v.getScore());
        }
    }

    record SavedPlanDetail(PlanVersionSummary version, PatientProfile profile, List<PinnedExercise> pins,
                           PlanResult plan) {
        static SavedPlanDetail of(SavedPlan s) {
            return new SavedPlanDetail(PlanVersionSummary.of(s.version()), s.profile(), s.pins(), s.plan());
        }
    }

    /** POST body for a new plan version; the note is optional. */
    record NewPlanRequest(String note) {
        static final int MAX_NOTE = 500;
    }

    @GetMapping
    List<PatientSummary> list() {
        return patients.list().stream().map(PatientSummary::of).toList();
    }

    @PostMapping
    ResponseEntity<PatientDetail> create(@RequestBody PatientProfile profile) {
        // the protocol's default restrictions apply unless the request turns them off ("protocolDefaults": false)
        Patient created = patients.create(ProtocolChoice.settle(protocols, profile));
        return ResponseEntity.created(URI.create("/api/patients/" + created.getId())).body(detail(created));
    }

    @GetMapping("/{id}")
    PatientDetail one(@PathVariable long id) {
        return detail(patients.find(id).orElseThrow(() -> new PatientNotFoundException(id)));
    }

    @PutMapping("/{id}")
    PatientDetail update(@PathVariable long id, @RequestBody PatientUpdate update) {
        if (update.version() == null || update.profile() == null) {
            throw new MissingFieldException(update.version() == null ? "version" : "profile",
                    update.version() == null ? "give the version of the patient you edited (from GET)"
                            : "give the patient profile");
        }
        return detail(patients.update(id, update.version(), ProtocolChoice.settle(protocols, update.profile())));
    }

    @GetMapping("/{id}/plans")
    List<PlanVersionSummary> plans(@PathVariable long id) {
        requirePatient(id);
        return plans.versions(id).stream().map(PlanVersionSummary::of).toList();
    }

    /**
     * Generates a plan for the patient's saved profile (keeping the locks of the latest version) and saves it; through
     * the solve gate like {@code /api/plans/generate}.
     */
    @PostMapping("/{id}/plans")
    @ResponseStatus(HttpStatus.CREATED)
    WebAsyncTask<ResponseEntity<SavedPlanDetail>> generateAndSave(@PathVariable long id,
            @RequestBody(required = false) NewPlanRequest request, HttpServletRequest http) {
        Patient patient = requirePatient(id);
        String note = request == null ? null : request.note();
        if (note != null && note.length() > NewPlanRequest.MAX_NOTE) {
            // checked before solving: the version table keeps at most this many characters
            throw new MissingFieldException("note", "must be at most " + NewPlanRequest.MAX_NOTE + " characters");
        }
        PatientProfile profile = patients.profile(patient);
        List<PinnedExercise> pins = plans.latest(id).map(SavedPlan::pins).orElse(List.of());
        String user = CurrentUser.name();
        Locale locale = http.getLocale();
        SolveGate.Solve solve = gate.start(user, profile, pins, progress -> { }, done -> { }, error -> { });
        return answers.answer(http, solve, solved -> {
            PlanResult plan = solved.result();
            PlanVersion saved = plans.save(id, profile, plan, pins, user, note, null);
            return ResponseEntity.status(HttpStatus.CREATED).body(new SavedPlanDetail(PlanVersionSummary.of(saved),
                    profile, pins, PlanInWords.of(plan, reasons, locale)));
        });
    }

    @GetMapping("/{id}/plans/{versionId}")
    SavedPlanDetail plan(@PathVariable long id, @PathVariable long versionId, Locale locale) {
        return plans.find(id, versionId).map(SavedPlanDetail::of)
                .map(d -> new SavedPlanDetail(d.version(), d.profile(), d.pins(),
                        PlanInWords.of(d.plan(), reasons, locale)))
                .orElseThrow(() -> new PatientNotFoundException(id));
    }

    private Patient requirePatient(long id) {
        return patients.find(id).orElseThrow(() -> new PatientNotFoundException(id));
    }

    private PatientDetail detail(Patient p) {
        return new PatientDetail(p.getId(), p.getVersion(), p.getCreatedAt(), p.getUpdatedAt(), patients.profile(p));
    }
}
