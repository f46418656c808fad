package org.rehabplan.plan;

import java.util.List;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.WeekProfiles;

/**
 * A saved plan version read back: its metadata, the profile it was made for, the plan and its locks, and the profile
 * in force in each week (differs from {@code profile} in the weeks before a follow-up re-plan's visit).
 */
public record SavedPlan(PlanVersion version, PatientProfile profile, PlanResult plan, List<PinnedExercise> pins,
                        WeekProfiles weekProfiles) {

    public SavedPlan(PlanVersion version, PatientProfile profile, PlanResult plan, List<PinnedExercise> pins) {
        this(version, profile, plan, pins, WeekProfiles.of(profile));
    }
}
