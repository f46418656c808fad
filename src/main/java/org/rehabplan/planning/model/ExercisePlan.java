package org.rehabplan.planning.model;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.WeekProfiles;
import org.rehabplan.protocol.Protocol;

/** One patient's program as the solver works on it: weeks (with their targets), sessions and the slots to fill. */
@PlanningSolution
public class ExercisePlan {

    @ProblemFactProperty
    private PatientProfile profile;
    private Protocol protocol;
    @ProblemFactCollectionProperty
    private List<Exercise> exercises;
    @ProblemFactCollectionProperty
    private List<PlanWeek> weeks;
    @ProblemFactCollectionProperty
    private List<Session> sessions;
    @PlanningEntityCollectionProperty
    private List<Slot> slots;
    @PlanningScore
    private HardMediumSoftScore score;
    /** Weeks 1..doneWeeks are history (started, or kept at a follow-up): pinned whole, scored by their own profile. */
    private int doneWeeks;

    ExercisePlan() {
    }

    public ExercisePlan(PatientProfile profile, Protocol protocol, List<Exercise> exercises, List<PlanWeek> weeks, List<Session> sessions,
                        List<Slot> slots) {
        this.profile = profile;
        this.protocol = protocol;
        this.exercises = exercises;
        this.weeks = weeks;
        this.sessions = sessions;
        this.slots = slots;
    }

    public PatientProfile getProfile() {
        return profile;
    }

    /** The protocol the plan follows (its phases, homework and red flags). */
    public Protocol getProtocol() {
        return protocol;
    }

    public List<Exercise> getExercises() {
        return exercises;
    }

    public List<PlanWeek> getWeeks() {
        return weeks;
    }

    public List<Session> getSessions() {
        return sessions;
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public int getDoneWeeks() {
        return doneWeeks;
    }

    public void setDoneWeeks(int doneWeeks) {
        this.doneWeeks = doneWeeks;
    }

    /** The profile in force in each week, as the weeks were built. */
    public WeekProfiles weekProfiles() {
        WeekProfiles profiles = WeekProfiles.of(weeks.isEmpty() ? profile : weeks.getFirst().profile());
        for (PlanWeek week : weeks) {
            if (week.profile() != profiles.inWeek(week.index())) {
                profiles = profiles.from(week.index(), week.profile());
            }
        }
        return profiles;
    }

    /**
     * What a re-solve plans each week for: the done weeks keep the profile they were planned under, the others
     * follow {@code current} (the patient's limits as they stand now).
     */
    public java.util.function.IntFunction<PatientProfile> profilesForResolve(PatientProfile current) {
        WeekProfiles history = weekProfiles();
        int done = doneWeeks;
        return week -> week <= done ? history.inWeek(week) : current;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
