package org.rehabplan.visit;

import java.time.LocalDate;
import java.util.List;
import org.rehabplan.base.Reason;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.WeekProfiles;

/**
 * The outcome of a follow-up re-plan: the whole plan (kept weeks verbatim, then the re-planned ones), which weeks
 * are which and what changed in the patient's limits; once saved, the new version. Only a feasible re-plan can be
 * saved.
 *
 * @param patientVersion  the patient record's version the re-plan read (saving refuses if it changed meanwhile)
 * @param basedOnVersion  the saved plan version number the re-plan started from
 * @param keptWeeks       plan weeks that started before the visit, exactly as in {@code basedOnVersion}
 * @param replannedWeeks  plan weeks solved anew for the visit's pain and tolerance
 * @param notTolerated    ids of the exercises now excluded because the patient did not tolerate them
 * @param lifted          descriptions of the restrictions that had expired by the visit and are removed
 * @param droppedLocks    the therapist's locks in re-planned weeks that could not be kept, each with why
 * @param profileAfter    the patient's profile after the visit (what saving writes to the patient)
 * @param planProfiles    the profile in force per week of the whole plan (the earlier one before the visit's week)
 * @param pins            the locks stored with the version, in the whole plan's week numbers
 */
public record FollowUp(long patientId, long patientVersion, long visitId, LocalDate visitDate, int basedOnVersion,
                       int previousPain, int newPain, PlanResult plan, List<Integer> keptWeeks,
                       List<Integer> replannedWeeks, List<String> notTolerated, List<Reason> lifted,
                       List<Reason> droppedLocks, PatientProfile profileAfter, WeekProfiles planProfiles,
                       List<PinnedExercise> pins, Integer savedVersionNumber, Long savedVersionId) {

    public boolean saved() {
        return savedVersionId != null;
    }

    FollowUp savedAs(int versionNumber, long versionId) {
        return new FollowUp(patientId, patientVersion, visitId, visitDate, basedOnVersion, previousPain, newPain,
                plan, keptWeeks, replannedWeeks, notTolerated, lifted, droppedLocks, profileAfter, planProfiles, pins,
                versionNumber, versionId);
    }

    /**
     * What the saved version's note says, as data: the visit's date, the weeks kept from which version, the weeks
     * re-planned and for what pain. The saving screen words it in its language (a note is text, like one a therapist
     * types).
     */
    public Reason noteWords() {
        return Reason.of("FOLLOW_UP_NOTE", null, null, "date", visitDate.toString(), "keptCount", keptWeeks.size(),
                "kept", FollowUpPlanner.weeks(keptWeeks), "version", basedOnVersion, "replannedCount",
                replannedWeeks.size(), "replanned", FollowUpPlanner.weeks(replannedWeeks), "pain", newPain);
    }
}
