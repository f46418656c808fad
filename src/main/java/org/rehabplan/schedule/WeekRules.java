package org.rehabplan.schedule;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;

/**
 * The restrictions in force in one plan week, as sentences a patient understands ("Don't lift more than 2 kg — about a
 * full kettle. Until 22 December 2026."). Derived from the profile's {@link Restriction}s active that week, not from the
 * plan's describe() strings, so the wording comes from the texts file.
 */
final class WeekRules {

    private final PatientTexts texts;

    WeekRules(PatientTexts texts) {
        this.texts = texts;
    }

    List<String> sentences(PatientProfile profile, int weeksAfterProcedure) {
        Set<String> sentences = new LinkedHashSet<>();
        List<Restriction> active = profile.restrictions().stream()
                .filter(r -> r.activeAt(weeksAfterProcedure))
                .filter(r -> r.type() != RestrictionType.EXCLUDE_EXERCISE)
                .sorted(Comparator.comparing(Restriction::type))
                .toList();
        // Several lift limits: the lowest one is the one the patient must keep.
        active.stream().filter(r -> r.type() == RestrictionType.LIFT_LIMIT)
                .min(Comparator.comparingDouble(Restriction::maxKg))
                .ifPresent(r -> sentences.add(withEnd(liftSentence(r.maxKg()), profile, r)));
        for (Restriction r : active) {
            if (r.type() != RestrictionType.LIFT_LIMIT) {
                sentences.add(withEnd(texts.restrictionSentences().get(r.type()), profile, r));
            }
        }
        if (!Boolean.TRUE.equals(profile.toleratesProne())
                && active.stream().noneMatch(r -> r.type() == RestrictionType.NO_PRONE)) {
            sentences.add(texts.restrictionSentences().get(RestrictionType.NO_PRONE));
        }
        if (!Boolean.TRUE.equals(profile.canGetOnFloor())) {
            sentences.add(texts.noFloor());
        }
        return new ArrayList<>(sentences);
    }

    String liftSentence(double maxKg) {
        if (maxKg < texts.liftComparisons().get(0).kg() - 0.05) {
            return texts.liftNothing();
        }
        return texts.liftLimit().replace("{kg}", formatKg(maxKg)).replace("{comparison}", texts.comparisonFor(maxKg));
    }

    /** "Until 22 December 2026.": the restriction ends when the weeks after the procedure reach untilWeek. */
    private String withEnd(String sentence, PatientProfile profile, Restriction restriction) {
        if (restriction.untilWeek() == null) {
            return sentence;
        }
        LocalDate lastDay = profile.anchorDate().plusWeeks(restriction.untilWeek()).minusDays(1);
        return sentence + " " + texts.until().replace("{date}", ScheduleDates.longDate(lastDay));
    }

    static String formatKg(double kg) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.UK)).format(kg);
    }
}
