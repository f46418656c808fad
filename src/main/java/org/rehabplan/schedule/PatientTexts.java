package org.rehabplan.schedule;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.rehabplan.protocol.RestrictionType;
import tools.jackson.databind.ObjectMapper;

/**
 * Everything the printed schedule and the phone page say to the patient, read from {@code schedule/patient-texts.json} so a clinic can
 * reword it without touching code. {@code {kg}}, {@code {comparison}} and {@code {date}} are placeholders.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatientTexts(
        String title,
        List<String> intro,
        Map<RestrictionType, String> restrictionSentences,
        String noFloor,
        String liftLimit,
        String liftNothing,
        List<LiftComparison> liftComparisons,
        String until,
        String rulesHeading,
        String noRules,
        String moveSafelyHeading,
        List<String> moveSafely,
        String stopHeading,
        List<String> stopAndCall,
        String emergency,
        String weekReminder,
        String tickHeading,
        String howToHeading,
        String howToNewHeading,
        String seeWeek,
        String tipLabel,
        String careLabel,
        String noSafePlan,
        String linkExpiredHeading,
        String linkExpired,
        String linkRevokedHeading,
        String linkRevoked,
        String linkUnknownHeading,
        String linkUnknown,
        String footer,
        String contactHeading,
        String therapistLine,
        String directPhoneLine,
        String clinicPhoneLine,
        String openingHoursLine,
        String noPhone,
        String footerContact,
        String qrHeading,
        String qrText,
        String howToUseHeading,
        String planSpan,
        String planRhythm,
        String forLabel,
        String effortHeading,
        String effortIntro,
        List<String> effortScale,
        String effortAim,
        String effortStrength,
        String talkTest,
        String sorenessHeading,
        List<String> soreness,
        String fallsHeading,
        List<String> fallsFirst,
        String getUpHeading,
        List<String> getUp,
        List<String> fallsCall,
        String lifelongHeading,
        List<String> lifelong,
        String sourcesHeading,
        List<String> sources,
        String columnExercise,
        String columnDose,
        String howToLink,
        String pictureCaption,
        String phoneTitle,
        String phoneToday,
        String phoneNext,
        String phoneNoneToday,
        String phonePlanEnded,
        String phoneDone,
        String phoneDoneAlready,
        String phoneSessionDone,
        String phoneSessionDoneAlready,
        String phoneEffortQuestion,
        String phonePainQuestion,
        String phoneNotAnswered,
        String phoneSaved,
        String phoneWeekAhead,
        String phoneSessionOn,
        String phoneWholeBooklet,
        String phoneTooMany,
        String phoneBadInput,
        String phoneCall,
        String footerContactNoPhone,
        String phoneDoneFor,
        String phoneEffortShort,
        String phonePainShort,
        String homeworkHeading,
        String homeworkLine,
        String referBackHeading,
        String referBack) {

    static final String LOCATION = "schedule/patient-texts.json";

    /** A household object the patient can picture for a lift limit, e.g. 2 kg: "a full kettle". */
    public record LiftComparison(double kg, String comparison) {
    }

    public PatientTexts {
        liftComparisons = liftComparisons == null ? null : liftComparisons.stream().sorted(Comparator.comparingDouble(LiftComparison::kg)).toList();
    }

    static PatientTexts load(ObjectMapper mapper) {
        try (InputStream in = PatientTexts.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + LOCATION + " on the classpath");
            }
            PatientTexts texts = mapper.readValue(in, PatientTexts.class);
            texts.requireComplete();
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION, e);
        }
    }

    /** A missing sentence would silently drop a safety rule from the paper: refuse to start instead. */
    private void requireComplete() {
        for (RecordComponent component : PatientTexts.class.getRecordComponents()) {
            try {
                if (component.getAccessor().invoke(this) == null) {
                    throw new IllegalStateException(LOCATION + ": \"" + component.getName() + "\" is missing");
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        for (RestrictionType type : RestrictionType.values()) {
            if (type != RestrictionType.LIFT_LIMIT && type != RestrictionType.EXCLUDE_EXERCISE
                    && (restrictionSentences == null || !restrictionSentences.containsKey(type))) {
                throw new IllegalStateException(LOCATION + ": restrictionSentences has no sentence for " + type);
            }
        }
        if (liftComparisons.isEmpty()) {
            throw new IllegalStateException(LOCATION + ": liftComparisons is empty");
        }
    }

    /** The heaviest everyday object that is still within the limit (the lightest one if even that is heavier). */
    String comparisonFor(double maxKg) {
        LiftComparison best = liftComparisons.get(0);
        for (LiftComparison c : liftComparisons) {
            if (c.kg() <= maxKg + 0.05) {
                best = c;
            }
        }
        return best.comparison();
    }
}
