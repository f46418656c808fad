package org.rehabplan.planning;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.protocol.Phase;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.Restriction;
import org.springframework.stereotype.Component;

/** Turns a patient profile into the solver's problem: weeks (with the phase's targets), sessions and empty (or pinned) slots. */
@Component
public class PlanProblemFactory {

    private final Catalog catalog;
    private final Protocol protocol;

    public PlanProblemFactory(Catalog catalog, Protocol protocol) {
        this.catalog = catalog;
        this.protocol = protocol;
    }

    public Protocol protocol() {
        return protocol;
    }

    public ExercisePlan create(PatientProfile profile, List<PinnedExercise> pins) {
        List<Exercise> exercises = catalog.exercises();
        List<PlanWeek> weeks = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        // sessions are numbered in date order: a plan starting on a Tuesday has Monday as its last day of the week
        DayOfWeek firstDay = profile.planStart().getDayOfWeek();
        List<DayOfWeek> days = profile.effectiveSessionDays().stream()
                .sorted(java.util.Comparator.comparingInt(d -> Math.floorMod(d.getValue() - firstDay.getValue(), 7)))
                .toList();
        int slotsPerSession = protocol.maxExercisesPerSession();
        for (int w = 1; w <= profile.planWeeks(); w++) {
            PlanWeek week = week(profile, w, exercises);
            weeks.add(week);
            for (int s = 1; s <= days.size(); s++) {
                DayOfWeek day = days.get(s - 1);
                Session session = new Session("w" + w + "s" + s, week, s, day,
                        week.start().plusDays(Math.floorMod(day.getValue() - week.start().getDayOfWeek().getValue(), 7)),
                        profile.minutesPerSession());
                sessions.add(session);
                List<Exercise> pinned = pinnedFor(pins, w, s);
                for (int p = 0; p < Math.max(slotsPerSession, pinned.size()); p++) {
                    boolean isPinned = p < pinned.size();
                    slots.add(new Slot(session, p + 1, isPinned ? pinned.get(p) : null, isPinned));
                }
            }
        }
        return new ExercisePlan(profile, exercises, weeks, sessions, slots);
    }

    /** A plan week with its phase, restrictions in force, doses and safe exercises. */
    PlanWeek week(PatientProfile profile, int index, List<Exercise> exercises) {
        int weeksAfter = profile.weeksAfterProcedure(index);
        Phase phase = protocol.phaseAt(weeksAfter);
        List<Restriction> active = profile.restrictions().stream().filter(r -> r.activeAt(weeksAfter)).toList();
        return new PlanWeek(index, profile.weekStart(index), weeksAfter, phase, active,
                protocol.levelCapForPain(profile.painLevel()), profile, protocol.doseRampWeeks(), exercises);
    }

    /**
     * Why an exercise could not be scheduled for a patient, week by week ("Weeks 1–3: …"); empty when it is safe in
     * every week of the plan.
     */
    public List<String> reasonsAgainst(Exercise exercise, PatientProfile profile) {
        List<PlanWeek> weeks = new ArrayList<>();
        for (int w = 1; w <= profile.planWeeks(); w++) {
            weeks.add(week(profile, w, List.of(exercise)));
        }
        return WeeklyReasons.against(exercise, weeks);
    }

    private List<Exercise> pinnedFor(List<PinnedExercise> pins, int week, int session) {
        return pins.stream().filter(p -> p.week() == week && p.session() == session)
                .map(p -> catalog.find(p.exerciseId()).orElseThrow(() ->
                        new IllegalArgumentException("No exercise with id '" + p.exerciseId() + "' in the catalog")))
                .toList();
    }

}
