package org.rehabplan.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.protocol.Phase;
import org.rehabplan.protocol.Restriction;

/**
 * One week of the plan as the solver sees it: when it is relative to the procedure, its phase, what is in force,
 * the highest level allowed, each exercise's dose that week and which exercises are safe at all.
 */
public final class PlanWeek {

    private final int index;
    private final LocalDate start;
    private final int weeksAfterProcedure;
    private final Phase phase;
    private final List<Restriction> activeRestrictions;
    private final int painLevelCap;
    private final PatientProfile profile;
    private final Map<String, Prescription> prescriptions;
    private List<Exercise> safeExercises = List.of();

    PlanWeek(int index, LocalDate start, int weeksAfterProcedure, Phase phase, List<Restriction> activeRestrictions,
             int painLevelCap, PatientProfile profile, Map<String, Prescription> prescriptions) {
        this.index = index;
        this.start = start;
        this.weeksAfterProcedure = weeksAfterProcedure;
        this.phase = phase;
        this.activeRestrictions = List.copyOf(activeRestrictions);
        this.painLevelCap = painLevelCap;
        this.profile = profile;
        this.prescriptions = Map.copyOf(prescriptions);
    }

    public int index() {
        return index;
    }

    public LocalDate start() {
        return start;
    }

    public int weeksAfterProcedure() {
        return weeksAfterProcedure;
    }

    public Phase phase() {
        return phase;
    }

    public List<Restriction> activeRestrictions() {
        return activeRestrictions;
    }

    /** The highest level the patient's pain allows. */
    public int painLevelCap() {
        return painLevelCap;
    }

    /** The highest level allowed this week: the phase's and the pain's, whichever is lower. */
    public int levelCap() {
        return Math.min(phase.maxLevel(), painLevelCap);
    }

    public PatientProfile profile() {
        return profile;
    }

    public Prescription prescription(Exercise exercise) {
        return prescriptions.get(exercise.id());
    }

    /** Exercises no safety rule forbids this week: the values the solver tries for this week's slots. */
    public List<Exercise> safeExercises() {
        return safeExercises;
    }

    void setSafeExercises(List<Exercise> safeExercises) {
        this.safeExercises = List.copyOf(safeExercises);
    }

    @Override
    public String toString() {
        return "week " + index;
    }
}
