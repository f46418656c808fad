package org.rehabplan.planning.service;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.rehabplan.base.Reason;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.planning.model.DoseSteps;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.model.Prescription;
import org.rehabplan.planning.model.ProgressionLadder;
import org.rehabplan.planning.model.SafetyRule;
import org.rehabplan.planning.model.Session;
import org.rehabplan.planning.model.Slot;
import org.rehabplan.protocol.Phase;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolRegistry;
import org.rehabplan.protocol.Restriction;
import org.springframework.stereotype.Component;

/**
 * Turns a patient profile into the solver's problem: weeks (with the phase's targets), sessions and empty (or pinned)
 * slots, all under the protocol the profile names (the default one when it names none).
 */
@Component
public class PlanProblemFactory {

    private final Catalog catalog;
    private final ProtocolRegistry protocols;
    /** Each exercise's dose steps per protocol, worked out once: they depend only on the exercise and the protocol. */
    private final Map<String, List<Prescription>> doseSteps = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    public PlanProblemFactory(Catalog catalog, ProtocolRegistry protocols) {
        this.catalog = catalog;
        this.protocols = protocols;
    }

    /** A factory that plans every profile under one protocol (tools and tests). */
    public PlanProblemFactory(Catalog catalog, Protocol protocol) {
        this(catalog, ProtocolRegistry.of(protocol));
    }

    /** The protocol a profile is planned under. */
    public Protocol protocolFor(PatientProfile profile) {
        return protocols.forId(profile.protocolId());
    }

    public ExercisePlan create(PatientProfile profile, List<PinnedExercise> pins) {
        return create(profile, pins, week -> profile);
    }

    /**
     * A problem whose weeks each follow the profile in force that week, e.g. after a follow-up visit the new pain and
     * exclusions from the visit's week on: the whole plan is scored, the weeks before the visit pinned as done.
     */
    public ExercisePlan create(PatientProfile profile, List<PinnedExercise> pins, IntFunction<PatientProfile> inWeek) {
        return create(profile, pins, inWeek, 0);
    }

    /**
     * As {@link #create(PatientProfile, List, IntFunction)}, with weeks 1..{@code doneWeeks} as history: every slot
     * of those weeks is pinned, filled or empty, so a solve never adds to, removes from or changes a week already done.
     */
    public ExercisePlan create(PatientProfile profile, List<PinnedExercise> pins, IntFunction<PatientProfile> inWeek,
                               int doneWeeks) {
        List<Exercise> exercises = catalog.exercises();
        Protocol protocol = protocolFor(profile);
        List<PlanWeek> weeks = weeks(profile.planWeeks(), inWeek, protocol);
        for (PinnedExercise pin : pins) {
            if (pin.dose() != null && pin.week() >= 1 && pin.week() <= weeks.size()) {
                // a dose the therapist set by hand stays with the exercise through re-solves and saves
                weeks.get(pin.week() - 1).editDose(exercise(pin.exerciseId()), pin.dose());
            }
        }
        List<Session> sessions = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        // sessions are numbered in date order: a plan starting on a Tuesday has Monday as its last day of the week
        DayOfWeek firstDay = profile.planStart().getDayOfWeek();
        int slotsPerSession = protocol.maxExercisesPerSession();
        for (int w = 1; w <= profile.planWeeks(); w++) {
            PlanWeek week = weeks.get(w - 1);
            if (w <= doneWeeks) {
                week.markDone();
            }
            // the week's own profile: a follow-up can change the session days from its week on
            List<DayOfWeek> days = week.profile().effectiveSessionDays().stream()
                    .sorted(java.util.Comparator.comparingInt(d -> Math.floorMod(d.getValue() - firstDay.getValue(), 7)))
                    .toList();
            for (int s = 1; s <= days.size(); s++) {
                DayOfWeek day = days.get(s - 1);
                int minutes = week.profile().minutesPerSession();
                int warmUp = protocol.warmUpFor(minutes);
                Session session = new Session("w" + w + "s" + s, week, s, day,
                        week.start().plusDays(Math.floorMod(day.getValue() - week.start().getDayOfWeek().getValue(), 7)),
                        minutes - warmUp, warmUp);
                sessions.add(session);
                List<Exercise> pinned = pinnedFor(pins, w, s);
                for (int p = 0; p < Math.max(slotsPerSession, pinned.size()); p++) {
                    boolean isPinned = p < pinned.size();
                    slots.add(new Slot(session, p + 1, isPinned ? pinned.get(p) : null, isPinned || w <= doneWeeks));
                }
            }
        }
        ExercisePlan plan = new ExercisePlan(profile, protocol, exercises, weeks, sessions, slots);
        plan.setDoneWeeks(doneWeeks);
        return plan;
    }

    /** Plan weeks 1..count, each with the profile in force that week, and every family placed on its ladder. */
    /** As below, under the protocol of week 1's profile. */
    public List<PlanWeek> weeks(int count, IntFunction<PatientProfile> inWeek) {
        return weeks(count, inWeek, protocolFor(inWeek.apply(1)));
    }

    public List<PlanWeek> weeks(int count, IntFunction<PatientProfile> inWeek, Protocol protocol) {
        List<PlanWeek> weeks = new ArrayList<>();
        for (int w = 1; w <= count; w++) {
            weeks.add(unplaced(inWeek.apply(w), w, protocol));
        }
        ProgressionLadder.place(weeks, catalog.families(), e -> doseSteps(e, protocol));
        return weeks;
    }

    /** Plan week {@code index} of a profile, with the ladder climbed from week 1 (for tests and explanations). */
    public PlanWeek week(PatientProfile profile, int index) {
        return weeks(Math.max(index, profile.planWeeks()), w -> profile, protocolFor(profile)).get(index - 1);
    }

    /** A plan week with its phase and the restrictions in force; families are placed on their ladder afterwards. */
    private PlanWeek unplaced(PatientProfile profile, int index, Protocol protocol) {
        int weeksAfter = profile.weeksAfterProcedure(index);
        Phase phase = protocol.phaseAt(weeksAfter);
        List<Restriction> active = profile.restrictions().stream().filter(r -> r.activeAt(weeksAfter)).toList();
        return new PlanWeek(index, profile.weekStart(index), weeksAfter, phase, active, protocol, profile, catalog,
                e -> doseSteps(e, protocol));
    }

    /**
     * Why an exercise could not be scheduled for a patient, week by week ("Weeks 1–3: …"); empty when it is safe in
     * every week of the plan.
     */
    public List<Reason> reasonsAgainst(Exercise exercise, PatientProfile profile) {
        List<PlanWeek> weeks = new ArrayList<>();
        Protocol protocol = protocolFor(profile);
        for (int w = 1; w <= profile.planWeeks(); w++) {
            weeks.add(unplaced(profile, w, protocol));
        }
        return WeeklyReasons.against(exercise, weeks);
    }

    /** The doses an exercise climbs through under a protocol (see {@link DoseSteps}). */
    List<Prescription> doseSteps(Exercise exercise, Protocol protocol) {
        return doseSteps.computeIfAbsent(protocol.id() + "/" + exercise.id(),
                id -> DoseSteps.of(exercise, protocol.progression().minVolumeIncrease()));
    }

    /** Why an exercise could not be scheduled in one plan week of a profile (empty when it is safe there). */
    public List<Reason> reasonsAgainstInWeek(Exercise exercise, PatientProfile profile, int week) {
        return SafetyRule.reasonsAgainst(exercise, unplaced(profile, week, protocolFor(profile)));
    }

    private List<Exercise> pinnedFor(List<PinnedExercise> pins, int week, int session) {
        return pins.stream().filter(p -> p.week() == week && p.session() == session)
                .map(p -> exercise(p.exerciseId())).toList();
    }

    private Exercise exercise(String id) {
        return catalog.find(id).orElseThrow(() ->
                new IllegalArgumentException("No exercise with id '" + id + "' in the catalog"));
    }

}
