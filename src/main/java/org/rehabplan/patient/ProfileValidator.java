package org.rehabplan.patient;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rehabplan.base.i18n.Languages;
import org.rehabplan.base.i18n.Wording;
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
            problems.add(path.equals("planStartOnOrAfterProcedure")
                    ? ProfileProblem.of("planStart", "validation.profile.planStart.beforeAnchor",
                    "anchor", anchorLabel(profile))
                    : ProfileProblem.of(fieldName(path), v));
        }
        for (int i = 0; i < profile.restrictions().size(); i++) {
            Restriction r = profile.restrictions().get(i);
            if (r != null && r.type() == RestrictionType.EXCLUDE_EXERCISE && r.exerciseId() != null
                    && !r.exerciseId().isBlank() && !catalog.contains(r.exerciseId())) {
                problems.add(ProfileProblem.of("restrictions[" + i + "].exerciseId", "validation.exercise.unknown",
                        "id", r.exerciseId()));
            }
        }
        for (int i = 0; i < profile.favouriteExerciseIds().size(); i++) {
            String id = profile.favouriteExerciseIds().get(i);
            if (id == null || !catalog.contains(id)) {
                problems.add(ProfileProblem.of("favouriteExerciseIds[" + i + "]", "validation.exercise.unknown",
                        "id", String.valueOf(id)));
            }
        }
        if (!Languages.supported(profile.language())) {
            problems.add(ProfileProblem.of("language", "validation.profile.language.unknown", "codes",
                    Languages.codes().stream().map(code -> "\"" + code + "\"")
                            .collect(java.util.stream.Collectors.joining(", "))));
        }
        if (profile.protocolId() != null && !protocols.contains(profile.protocolId())) {
            problems.add(ProfileProblem.of("protocolId", "validation.protocol.unknown", "id", profile.protocolId(),
                    "known", protocols.all().stream().map(p -> p.id()).toList().toString()));
        }
        problems.addAll(InputBounds.problems(profile, catalog.size()));
        problems.sort(Comparator.comparing(ProfileProblem::field));
        return problems;
    }

    /** The anchor date as the patient's protocol names it in each language ("procedure date", "fracture date"...). */
    private Wording.ByLanguage anchorLabel(PatientProfile profile) {
        org.rehabplan.protocol.Protocol protocol = protocols.find(profile.protocolId())
                .orElse(protocols.defaultProtocol());
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        for (String code : Languages.codes()) {
            labels.put(code, protocol.texts(code).anchorLabel().toLowerCase(Languages.locale(code)));
        }
        return new Wording.ByLanguage(labels);
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
