package org.rehabplan.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;

/**
 * The restrictions in force in one plan week, as sentences a patient understands ("Don't lift more than 2 kg — about a
 * full kettle. Until 22 December 2026."). Derived from the profile's {@link Restriction}s active that week (types and
 * numbers), so the wording comes from the patient bundle of the patient's language.
 */
final class WeekRules {

    private static final double POUNDS_PER_KG = 2.20462;

    private final PatientWords words;
    private final boolean pounds;
    private final List<LiftComparison> comparisons;

    /** @param pounds the clinic shows lift limits in pounds too (English-speaking US clinics) */
    WeekRules(PatientWords words, boolean pounds) {
        this.words = words;
        this.pounds = pounds;
        this.comparisons = LiftComparison.of(words);
    }

    /** A household object of the patient's language that weighs about {@code kg}: "a full kettle". */
    record LiftComparison(double kg, String thing) {
        static List<LiftComparison> of(PatientWords words) {
            List<LiftComparison> found = new ArrayList<>();
            for (int i = 1; !words.optional("liftComparison." + i + ".kg").isEmpty(); i++) {
                found.add(new LiftComparison(Double.parseDouble(words.optional("liftComparison." + i + ".kg")),
                        words.text("liftComparison." + i + ".thing")));
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("The patient bundle for '" + words.language()
                        + "' has no liftComparison.1: a lift limit needs something to picture");
            }
            found.sort(Comparator.comparingDouble(LiftComparison::kg));
            return List.copyOf(found);
        }
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
                sentences.add(withEnd(rule(r.type()), profile, r));
            }
        }
        if (!Boolean.TRUE.equals(profile.toleratesProne())
                && active.stream().noneMatch(r -> r.type() == RestrictionType.NO_PRONE)) {
            sentences.add(rule(RestrictionType.NO_PRONE));
        }
        if (!Boolean.TRUE.equals(profile.canGetOnFloor())) {
            sentences.add(words.text("noFloor"));
        }
        return new ArrayList<>(sentences);
    }

    /** The patient's sentence for a restriction type ({@code handout.rule.NO_SPINAL_FLEXION}, …). */
    String rule(RestrictionType type) {
        return words.text("rule." + type.name());
    }

    String liftSentence(double maxKg) {
        if (maxKg < comparisons.get(0).kg() - 0.05) {
            return words.text("liftNothing");
        }
        String kg = words.number(maxKg);
        String thing = comparisonFor(maxKg);
        return pounds ? words.text("liftLimitPounds", "kg", kg, "lb", words.number(poundsOf(maxKg)), "comparison", thing)
                : words.text("liftLimit", "kg", kg, "comparison", thing);
    }

    /** Whole pounds as discharge sheets give them (4.5 kg: 10 lb); below 2 lb one decimal. */
    static double poundsOf(double kg) {
        double lb = kg * POUNDS_PER_KG;
        return lb >= 2 ? Math.round(lb) : Math.round(lb * 10) / 10.0;
    }

    /** The heaviest everyday object that is still within the limit (the lightest one if even that is heavier). */
    private String comparisonFor(double maxKg) {
        LiftComparison best = comparisons.get(0);
        for (LiftComparison c : comparisons) {
            if (c.kg() <= maxKg + 0.05) {
                best = c;
            }
        }
        return best.thing();
    }

    /** "Until 22 December 2026.": the restriction ends when the weeks after the procedure reach untilWeek. */
    private String withEnd(String sentence, PatientProfile profile, Restriction restriction) {
        if (restriction.untilWeek() == null) {
            return sentence;
        }
        LocalDate lastDay = profile.anchorDate().plusWeeks(restriction.untilWeek()).minusDays(1);
        return sentence + " " + words.text("until", "date", words.longDate(lastDay));
    }
}
