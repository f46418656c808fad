package org.rehabplan.visit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.base.Reason;
import org.rehabplan.base.ReasonText;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientNotFoundException;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.plan.PlanResult.ConstraintSummary;
import org.rehabplan.plan.PlanResult.ExcludedExercise;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.SessionPlan;
import org.rehabplan.plan.PlanResult.WeekPlan;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.plan.SavedPlan;
import org.rehabplan.plan.WeekProfiles;
import org.rehabplan.planning.service.PlanProblemFactory;
import org.rehabplan.planning.service.SolveGate;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-plans a patient's latest saved plan after a follow-up visit.
 *
 * <p>Approach: one solve of the whole plan. Weeks that started before the visit are history: every exercise in them
 * comes pinned and they are scored against the profile they were planned under, so they stay exactly as saved and
 * never show as unsafe. From the visit's week on, each week follows the profile after the visit: its pain, the
 * not-tolerated exercises excluded and expired restrictions lifted. Because the whole plan is one problem, the seam
 * between the last week done and the first new one is scored like any other pair of weeks (progression carries on,
 * or steps back with the reason the new limits give), and every sentence is born with the whole plan's week numbers.
 * The therapist's locks in the new weeks are kept unless they are no longer safe. The version stores the profile in
 * force per week, so reopening it scores each week against its own limits.
 *
 * <p>A re-plan that finds no safe plan saves nothing (neither a version nor the profile change): the result names
 * the conflicting limits, and the therapist changes a limit and re-plans from the same visit. Reads and saves run
 * in the caller's (request) thread, where the signed-in therapist is known, so ownership checks hold; only the solve
 * runs on the solver pool.
 */
@Service
public class FollowUpPlanner {

    private final PatientService patients;
    private final VisitService visits;
    private final PlanVersionService versions;
    private final SolveGate gate;
    private final PlanProblemFactory problems;
    private final Catalog catalog;
    private final TransactionTemplate transaction;
    private final ReasonText words;

    FollowUpPlanner(PatientService patients, VisitService visits, PlanVersionService versions,
                    SolveGate gate, PlanProblemFactory problems, Catalog catalog,
                    PlatformTransactionManager transactionManager, ReasonText words) {
        this.words = words;
        this.patients = patients;
        this.visits = visits;
        this.versions = versions;
        this.gate = gate;
        this.problems = problems;
        this.catalog = catalog;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The version a re-plan would start from, if any (the patient's latest saved plan). */
    public Optional<SavedPlan> basis(long patientId) {
        requirePatient(patientId);
        return versions.latest(patientId);
    }

    /**
     * Re-plans the weeks from {@code visitId}'s date on and, when a safe plan exists, saves it (see {@link #save}; its
     * note in {@code noteLanguage}).
     * Synchronous: the solve takes up to the configured solver time (through the {@link SolveGate}, like every solve).
     *
     * @throws org.rehabplan.planning.service.SolveRefusedException when the therapist or the solver has too many solves
     */
    public FollowUp replan(long patientId, long visitId, Locale noteLanguage) {
        Replan replan = prepare(patientId, visitId);
        SolveGate.Solve solve = gate.start(CurrentUser.name(), replan.whole(), replan.pins(),
                replan.profiles()::inWeek, replan.kept(), better -> { }, done -> { }, error -> { });
        FollowUp result = replan.finish(solve.await(() -> false).result());
        return result.plan().feasible() ? save(result, noteLanguage) : result;
    }

    /**
     * Checks and prepares a re-plan in the caller's thread (ownership, saved plan, weeks left), then solves the
     * remaining weeks on the solver pool; {@code onDone} gets the unsaved result, to show and then {@link #save}.
     *
     * @throws ReplanRefusedException when there is no saved plan, no week left to re-plan or no such visit
     * @throws org.rehabplan.planning.service.SolveRefusedException when the therapist or the solver has too many solves
     */
    public SolveGate.Solve start(long patientId, long visitId, Consumer<FollowUp> onDone,
                                 Consumer<Throwable> onError) {
        Replan replan = prepare(patientId, visitId);
        return gate.start(CurrentUser.name(), replan.whole(), replan.pins(), replan.profiles()::inWeek, replan.kept(),
                better -> { }, done -> {
            FollowUp result;
            try {
                result = replan.finish(done.result());
            } catch (RuntimeException e) {
                onError.accept(e); // the solver pool would swallow it and leave the caller waiting
                return;
            }
            onDone.accept(result);
        }, onError);
    }

    /** Stops a background re-plan early; its best plan so far still arrives if it had started. */
    public void stop(SolveGate.Solve solve) {
        solve.stop();
    }

    /**
     * Saves a safe re-plan as the patient's next plan version and writes the visit's changes into the patient's
     * profile, both or neither. The version's note says what the follow-up did ({@link FollowUp#noteWords()}) in
     * {@code noteLanguage}, the saving therapist's screen language: a note is text, like one a therapist types.
     *
     * @throws ReplanRefusedException when the plan is not safe or a newer version was saved meanwhile
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when the patient was edited meanwhile
     */
    public FollowUp save(FollowUp followUp, Locale noteLanguage) {
        if (followUp.saved()) {
            return followUp;
        }
        if (!followUp.plan().feasible()) {
            throw new ReplanRefusedException(Reason.of("REPLAN_NOT_SAFE"));
        }
        requirePatient(followUp.patientId());
        PlanVersion version = transaction.execute(status -> {
            int latest = versions.latest(followUp.patientId()).map(s -> s.version().getVersionNumber()).orElse(0);
            if (latest != followUp.basedOnVersion()) {
                throw new ReplanRefusedException(Reason.of("REPLAN_NEWER_VERSION", null, null, "latest", latest,
                        "basedOn", followUp.basedOnVersion()));
            }
            patients.update(followUp.patientId(), followUp.patientVersion(), followUp.profileAfter());
            return versions.save(followUp.patientId(), followUp.planProfiles(), followUp.plan(), followUp.pins(),
                    CurrentUser.name(), words.render(followUp.noteWords(), noteLanguage), followUp.visitId());
        });
        return followUp.savedAs(version.getVersionNumber(), version.getId());
    }

    /** Everything a re-plan needs before the solver runs, read and checked in the caller's thread. */
    private Replan prepare(long patientId, long visitId) {
        Patient patient = requirePatient(patientId);
        Visit visit = visits.find(patientId, visitId).orElseThrow(() ->
                new ReplanRefusedException(Reason.of("REPLAN_UNKNOWN_VISIT")));
        SavedPlan saved = versions.latest(patientId).orElseThrow(() -> new ReplanRefusedException(
                Reason.of("REPLAN_NO_PLAN")));
        List<WeekPlan> savedWeeks = saved.plan().weeks();
        LocalDate planStart = saved.plan().planStart();
        int kept = (int) savedWeeks.stream().takeWhile(w -> weekStart(w, planStart).isBefore(visit.getVisitDate()))
                .count();
        if (kept == savedWeeks.size()) {
            throw new ReplanRefusedException(Reason.of("REPLAN_NOTHING_LEFT", null, null, "weeks", savedWeeks.size(),
                    "version", saved.version().getVersionNumber(), "date", visit.getVisitDate().toString()));
        }
        List<Restriction> lifted = new ArrayList<>();
        PatientProfile after = afterVisit(patients.profile(patient), visit, lifted);
        PatientProfile whole = reshape(after, planStart, savedWeeks.size());
        WeekProfiles profiles = saved.weekProfiles().from(kept + 1, whole);
        List<Reason> dropped = new ArrayList<>();
        List<PinnedExercise> pins = new ArrayList<>(doneWeeks(savedWeeks, kept));
        pins.addAll(remainingLocks(saved.pins(), kept, whole, visit, dropped));
        List<String> notTolerated = List.copyOf(visit.notTolerated());
        return new Replan(patient.getId(), patient.getVersion(), visit, saved, kept, after, whole, profiles,
                List.copyOf(pins), dropped, notTolerated,
                lifted.stream().map(r -> r.asReason(saved.plan().protocol())).toList());
    }

    /** Every exercise of the weeks already started, in its session: pinned, they stay exactly as saved. */
    private static List<PinnedExercise> doneWeeks(List<WeekPlan> weeks, int kept) {
        List<PinnedExercise> pins = new ArrayList<>();
        for (WeekPlan week : weeks.subList(0, kept)) {
            for (SessionPlan session : week.sessions()) {
                for (ScheduledExercise e : session.exercises()) {
                    if (e.warmUp()) {
                        continue; // the warm-up walk is not a slot of the session
                    }
                    pins.add(PinnedExercise.asSaved(week.week(), session.number(), e)); // with a dose set by hand
                }
            }
        }
        return pins;
    }

    private record Replan(long patientId, long patientVersion, Visit visit, SavedPlan saved, int kept,
                          PatientProfile after, PatientProfile whole, WeekProfiles profiles,
                          List<PinnedExercise> pins, List<Reason> droppedLocks, List<String> notTolerated,
                          List<Reason> lifted) {

        /** The solved whole plan, with the weeks already started shown exactly as saved. */
        FollowUp finish(PlanResult solved) {
            int total = saved.plan().weeks().size();
            List<WeekPlan> weeks = new ArrayList<>(saved.plan().weeks().subList(0, kept));
            weeks.addAll(solved.weeks().subList(kept, solved.weeks().size()));
            PlanResult plan = new PlanResult(after.patientRef(), solved.planStart(), solved.feasible(),
                    solved.score(), solved.protocol(), weeks, solved.excluded(), solved.explanation(),
                    solved.conflicts(), solved.alerts(), solved.removedDefaults());
            List<PinnedExercise> locks = new ArrayList<>(saved.pins().stream().filter(p -> p.week() <= kept).toList());
            pins.stream().filter(p -> p.week() > kept).forEach(locks::add);
            return new FollowUp(patientId, patientVersion, visit.getId(), visit.getVisitDate(),
                    saved.version().getVersionNumber(), saved.profile().painLevel(), visit.getPainLevel(), plan,
                    IntStream.rangeClosed(1, kept).boxed().toList(),
                    IntStream.rangeClosed(kept + 1, total).boxed().toList(), notTolerated, lifted, droppedLocks,
                    after, profiles, List.copyOf(locks), null, null);
        }
    }

    /** The profile after the visit: its pain, its not-tolerated exercises excluded, expired restrictions lifted. */
    static PatientProfile afterVisit(PatientProfile profile, Visit visit, List<Restriction> lifted) {
        int weeksOut = (int) Math.floorDiv(ChronoUnit.DAYS.between(profile.anchorDate(), visit.getVisitDate()), 7);
        List<Restriction> restrictions = new ArrayList<>();
        for (Restriction r : profile.restrictions()) {
            if (r.untilWeek() != null && !r.activeAt(weeksOut)) {
                lifted.add(r);
            } else {
                restrictions.add(r);
            }
        }
        Set<String> excludedForGood = restrictions.stream()
                .filter(r -> r.type() == RestrictionType.EXCLUDE_EXERCISE && r.untilWeek() == null)
                .map(Restriction::exerciseId).collect(Collectors.toSet());
        for (String id : visit.notTolerated()) {
            if (excludedForGood.add(id)) {
                restrictions.add(new Restriction(RestrictionType.EXCLUDE_EXERCISE, null, id, null,
                        "Not tolerated at the follow-up on " + visit.getVisitDate()));
            }
        }
        return new PatientProfile(profile.patientRef(), profile.displayName(), profile.notes(),
                profile.anchorDate(), profile.planStart(), profile.planWeeks(), profile.sessionsPerWeek(),
                profile.sessionDays(), profile.minutesPerSession(), visit.getPainLevel(), profile.fallRisk(),
                profile.canGetOnFloor(), profile.toleratesProne(), profile.equipment(),
                profile.favouriteExerciseIds(), restrictions, profile.protocolDefaults(), profile.protocolId(),
                profile.canLieOnBack(), profile.standsWithHelpOnly(), profile.noPushPull(), profile.walkingAid(),
                profile.language());
    }

    private static PatientProfile reshape(PatientProfile p, LocalDate planStart, int planWeeks) {
        return new PatientProfile(p.patientRef(), p.displayName(), p.notes(), p.anchorDate(), planStart,
                planWeeks, p.sessionsPerWeek(), p.sessionDays(), p.minutesPerSession(), p.painLevel(), p.fallRisk(),
                p.canGetOnFloor(), p.toleratesProne(), p.equipment(), p.favouriteExerciseIds(), p.restrictions(),
                p.protocolDefaults(), p.protocolId(), p.canLieOnBack(), p.standsWithHelpOnly(), p.noPushPull(),
                p.walkingAid(), p.language());
    }

    /** The therapist's locks in the re-planned weeks; a lock that is no longer safe is dropped, with why. */
    private List<PinnedExercise> remainingLocks(List<PinnedExercise> locks, int kept, PatientProfile whole,
                                                Visit visit, List<Reason> dropped) {
        List<PinnedExercise> pins = new ArrayList<>();
        for (PinnedExercise lock : locks) {
            if (lock.week() <= kept) {
                continue;
            }
            Optional<Exercise> exercise = catalog.find(lock.exerciseId());
            if (exercise.isEmpty()) {
                dropped.add(lockDropped("LOCK_NOT_IN_CATALOG", lock, null));
            } else if (lock.session() > whole.effectiveSessionDays().size()) {
                dropped.add(lockDropped("LOCK_FEWER_SESSIONS", lock, null));
            } else if (visit.notTolerated().contains(lock.exerciseId())) {
                dropped.add(lockDropped("LOCK_NOT_TOLERATED", lock, null));
            } else {
                List<Reason> against = problems.reasonsAgainstInWeek(exercise.get(), whole, lock.week());
                if (against.isEmpty()) {
                    pins.add(lock);
                } else {
                    dropped.add(lockDropped("LOCK_UNSAFE", lock, against.getFirst()));
                }
            }
        }
        return pins;
    }

    /** Why a lock in a re-planned week could not be kept, with the week and session it was in. */
    private static Reason lockDropped(String code, PinnedExercise lock, Reason because) {
        return Reason.of(code, lock.week(), lock.exerciseId(), "session", lock.session(), "because", because);
    }

    private static LocalDate weekStart(WeekPlan week, LocalDate planStart) {
        return week.start() != null ? week.start() : planStart.plusWeeks(week.week() - 1L);
    }

    /** "1–3" for [1, 2, 3]; the weeks are consecutive by construction. */
    public static String weeks(List<Integer> weeks) {
        if (weeks.isEmpty()) {
            return "none";
        }
        return weeks.size() == 1 ? weeks.getFirst().toString() : weeks.getFirst() + "–" + weeks.getLast();
    }

    private Patient requirePatient(long patientId) {
        return patients.find(patientId).orElseThrow(() -> new PatientNotFoundException(patientId));
    }
}
