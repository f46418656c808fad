package org.rehabplan.patient.visit;

import java.util.List;
import org.rehabplan.planning.PlanResult;

/**
 * The outcome of a follow-up re-plan: the whole plan (kept weeks verbatim, then the re-planned ones), which weeks
 * are which, what changed in the patient's limits, and the saved version (null when no safe plan exists, in which
 * case nothing was saved).
 *
 * @param basedOnVersion the saved version number the re-plan started from
 * @param keptWeeks      plan weeks that started before the visit, exactly as in {@code basedOnVersion}
 * @param replannedWeeks plan weeks solved anew for the visit's pain and tolerance
 * @param notTolerated   names of the exercises now excluded because the patient did not tolerate them
 * @param lifted         descriptions of the restrictions that had expired by the visit and were removed
 * @param droppedLocks   the therapist's locks in re-planned weeks that could not be kept, with why
 */
public record FollowUp(long visitId, int basedOnVersion, int previousPain, int newPain, PlanResult plan,
                       List<Integer> keptWeeks, List<Integer> replannedWeeks, List<String> notTolerated,
                       List<String> lifted, List<String> droppedLocks, Integer savedVersionNumber,
                       Long savedVersionId) {

    public boolean saved() {
        return savedVersionId != null;
    }
}
