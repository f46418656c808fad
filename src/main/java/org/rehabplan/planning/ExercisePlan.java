package org.rehabplan.planning;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.PatientProfile;
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

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
