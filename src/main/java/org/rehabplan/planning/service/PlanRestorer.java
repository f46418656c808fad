package org.rehabplan.planning.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.SessionPlan;
import org.rehabplan.plan.PlanResult.WeekPlan;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.WeekProfiles;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.Slot;
import org.springframework.stereotype.Service;

/**
 * Turns a saved plan back into the solver's model so the therapist can keep adjusting it: every saved exercise is
 * put back in its session, the ones the therapist had locked stay locked, and the rest are free for a re-solve. The
 * plan is re-scored against the profile given, so a saved plan that breaks the patient's current limits shows as
 * unsafe instead of passing silently.
 */
@Service
public class PlanRestorer {

    private final PlanProblemFactory problems;
    private final PlanGenerator generator;

    PlanRestorer(PlanProblemFactory problems, PlanGenerator generator) {
        this.problems = problems;
        this.generator = generator;
    }

    public SolvedPlan restore(PatientProfile profile, PlanResult saved) {
        return restore(profile, WeekProfiles.of(profile), saved, LocalDate.MIN);
    }

    /**
     * Restores a saved plan as it stands on {@code today}: weeks that have started (and, for a follow-up re-plan, the
     * weeks before its visit) are history: pinned whole and scored against the profile they were planned under, so
     * reopening shows them as they were and a re-solve never changes them. The other weeks are scored against the
     * patient's {@code current} profile.
     */
    public SolvedPlan restore(PatientProfile current, WeekProfiles planned, PlanResult saved, LocalDate today) {
        int done = 0;
        for (WeekPlan week : saved.weeks()) {
            boolean started = week.start() != null && week.start().isBefore(today);
            if (week.week() == done + 1 && (started || week.week() < planned.lastChangeWeek())) {
                done = week.week();
            }
        }
        int doneWeeks = done;
        return restore(current, saved, w -> w <= doneWeeks ? planned.inWeek(w) : current, doneWeeks);
    }

    private SolvedPlan restore(PatientProfile profile, PlanResult saved, IntFunction<PatientProfile> inWeek,
                               int doneWeeks) {
        List<PinnedExercise> placed = new ArrayList<>();
        List<PinnedExercise> locked = new ArrayList<>();
        for (WeekPlan week : saved.weeks()) {
            for (SessionPlan session : week.sessions()) {
                for (ScheduledExercise exercise : session.exercises()) {
                    if (exercise.warmUp()) {
                        continue; // added again when the plan is assembled
                    }
                    PinnedExercise pin = PinnedExercise.asSaved(week.week(), session.number(), exercise);
                    placed.add(pin);
                    if (exercise.locked()) {
                        locked.add(pin);
                    }
                }
            }
        }
        ExercisePlan plan = problems.create(profile, placed, inWeek, doneWeeks);
        List<PinnedExercise> stillLocked = new ArrayList<>(locked);
        for (Slot slot : plan.getSlots()) {
            if (slot.getExercise() != null) {
                // placing used pins; only the therapist's own locks stay pinned
                int week = slot.getWeek().index();
                int session = slot.getSession().number();
                String id = slot.getExercise().id();
                boolean lockedHere = removeOne(stillLocked, week, session, id);
                slot.setPinned(slot.getWeek().index() <= doneWeeks || lockedHere);
                slot.setLockedInHistory(slot.getWeek().index() <= doneWeeks && lockedHere);
            }
        }
        return new SolvedPlan(plan, generator.explain(plan));
    }

    /** Takes one lock of that exercise in that session off the list; false when there is none. */
    private static boolean removeOne(List<PinnedExercise> locks, int week, int session, String exerciseId) {
        for (int i = 0; i < locks.size(); i++) {
            if (locks.get(i).places(week, session, exerciseId)) {
                locks.remove(i);
                return true;
            }
        }
        return false;
    }
}
