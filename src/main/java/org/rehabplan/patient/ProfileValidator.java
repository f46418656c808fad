package org.rehabplan.patient;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rehabplan.base.i18n.Languages;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.protocol.ProtocolRegistry;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;
import org.springframework.stereotype.Component;

/** Checks a profile field by field: Bean Validation plus references into the catalog. */
@Component
public class ProfileValidator {

    private final Validator validator;
    private final Catalog catalog;
    private final ProtocolRegistry protocols;

    public ProfileValidator(Validator validator, Catalog catalog, ProtocolRegistry protocols) {
        this.validator = validator;
        this.catalog = catalog;
        this.protocols = protocols;
    }

    public List<ProfileProblem> problems(PatientProfile profile) {
        List<ProfileProblem> problems = new ArrayList<>();
        for (ConstraintViolation<PatientProfile> v : validator.validate(profile)) {
            String path = v.getPropertyPath().toString();
            problems.add(new ProfileProblem(fieldName(path), path.equals("planStartOnOrAfterProcedure")
                    ? "must not be before the " + anchorLabel(profile).toLowerCase(java.util.Locale.ROOT)
                    : v.getMessage()));
        }
        for (int i = 0; i < profile.restrictions().size(); i++) {
            Restriction r = profile.restrictions().get(i);
            if (r != null && r.type() == RestrictionType.EXCLUDE_EXERCISE && r.exerciseId() != null
                    && !r.exerciseId().isBlank() && !catalog.contains(r.exerciseId())) {
                problems.add(new ProfileProblem("restrictions[" + i + "].exerciseId",
                        "no exercise with id '" + r.exerciseId() + "' in the catalog"));
            }
        }
        for (int i = 0; i < profile.favouriteExerciseIds().size(); i++) {
            String id = profile.favouriteExerciseIds().get(i);
            if (id == null || !catalog.contains(id)) {
                problems.add(new ProfileProblem("favouriteExerciseIds[" + i + "]",
                        "no exercise with id '" + id + "' in the catalog"));
            }
        }
        if (!Languages.supported(profile.language())) {
            problems.add(new ProfileProblem("language", "must be one of " + Languages.codes().stream()
                    .map(code -> "\"" + code + "\"").collect(java.util.stream.Collectors.joining(", "))
                    + " (the language of the patient's handout)"));
        }
        if (profile.protocolId() != null && !protocols.contains(profile.protocolId())) {
            problems.add(new ProfileProblem("protocolId", "no protocol with id '" + profile.protocolId()
                    + "'; choose one of " + protocols.all().stream().map(p -> p.id()).toList()));
        }
        problems.addAll(InputBounds.problems(profile, catalog.size()));
        problems.sort(Comparator.comparing(ProfileProblem::field));
        return problems;
    }

    /** The anchor date as the patient's protocol names it ("Procedure date", "Fracture date", ...). */
    private String anchorLabel(PatientProfile profile) {
        return protocols.find(profile.protocolId()).orElse(protocols.defaultProtocol())
                .texts(org.rehabplan.protocol.Protocol.ENGLISH).anchorLabel();
    }

    /** Throws {@link InvalidProfileException} listing every problem, if there is any. */
    public PatientProfile requireValid(PatientProfile profile) {
        List<ProfileProblem> problems = problems(profile);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return profile;
    }

    /** Class-level checks are reported on the field a user would correct ("planStartOnOrAfterProcedure" → planStart). */
    private static String fieldName(String path) {
        return switch (path) {
            case "planStartOnOrAfterProcedure" -> "planStart";
            case "sessionDaysMatchingSessionsPerWeek" -> "sessionDays";
            default -> path.replace(".maxKgGivenForLiftLimit", ".maxKg")
                    .replace(".exerciseGivenForExclusion", ".exerciseId");
        };
    }
}
