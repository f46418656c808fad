package org.rehabplan.patient;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;

/**
 * The therapist's templates as the new-patient form needs them. Templates are kept by the planning feature (they
 * hold a plan's locks), which implements this, so the patient feature stays below planning.
 */
public interface PatientTemplates {

    /** A template to start a patient from: its name and what it puts in the form. */
    record Choice(long id, String name, List<String> favouriteExerciseIds, List<String> excludedExerciseIds) {
    }

    /** The signed-in therapist's templates for a protocol, by name. */
    List<Choice> forProtocol(String protocolId);

    /** Records that a new patient was started from a template, so its locks apply to the first plan. */
    void startPatientFrom(long patientId, long templateId);

    /** Deletes one of the signed-in therapist's templates. */
    void delete(long templateId);

    /**
     * A profile with a template's favourites and exclusions added (the protocol's defaults and the therapist's own
     * entries stay).
     */
    static PatientProfile applyTo(PatientProfile profile, List<String> favouriteExerciseIds,
                                  List<String> excludedExerciseIds) {
        LinkedHashSet<String> favourites = new LinkedHashSet<>(profile.favouriteExerciseIds());
        favourites.addAll(favouriteExerciseIds);
        List<Restriction> restrictions = new ArrayList<>(profile.restrictions());
        for (String id : excludedExerciseIds) {
            boolean already = restrictions.stream().anyMatch(r -> r.type() == RestrictionType.EXCLUDE_EXERCISE
                    && id.equals(r.exerciseId()) && r.untilWeek() == null);
            if (!already) {
                restrictions.add(new Restriction(RestrictionType.EXCLUDE_EXERCISE, null, id, null,
                        "From the therapist's template"));
            }
        }
        return new PatientProfile(profile.patientRef(), profile.displayName(), profile.notes(), profile.anchorDate(),
                profile.planStart(), profile.planWeeks(), profile.sessionsPerWeek(), profile.sessionDays(),
                profile.minutesPerSession(), profile.painLevel(), profile.fallRisk(), profile.canGetOnFloor(),
                profile.toleratesProne(), profile.equipment(), List.copyOf(favourites), restrictions,
                profile.protocolDefaults(), profile.protocolId(), profile.canLieOnBack(),
                profile.standsWithHelpOnly(), profile.noPushPull(), profile.walkingAid());
    }
}
