package org.rehabplan.plan;

import java.util.List;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.planning.PinnedExercise;
import org.rehabplan.planning.PlanResult;

/** A saved plan version read back: its metadata, the profile it was made for, the plan and its locks. */
public record SavedPlan(PlanVersion version, PatientProfile profile, PlanResult plan, List<PinnedExercise> pins) {
}
