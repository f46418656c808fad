package org.rehabplan.protocol;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A condition's rehabilitation protocol, read from {@code exercises/protocols/*.json}: one file per condition, chosen
 * per patient. Weeks count from the protocol's anchor event (a procedure, a fracture, a diagnosis); {@code texts}
 * words it per language ("en" is required, other languages fall back to it).
 */
public record Protocol(
        String id,
        String name,
        String condition,
        String description,
        Set<String> conditions,
        Map<String, ProtocolTexts> texts,
        int maxExercisesPerSession,
        Integer warmUpMinutes,
        ProgressionRule progression,
        List<PainCap> painCaps,
        List<RedFlag> redFlags,
        List<KeyExercise> keyExercises,
        List<Restriction> defaultRestrictions,
        List<Phase> phases,
        List<String> sources) {

    /** The language every protocol must word itself in. */
    public static final String ENGLISH = "en";

    public Protocol {
        conditions = conditions == null ? Set.of() : Set.copyOf(conditions);
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        progression = progression == null ? ProgressionRule.DEFAULT : progression;
        warmUpMinutes = warmUpMinutes == null ? 0 : warmUpMinutes;
        painCaps = painCaps == null ? List.of() : List.copyOf(painCaps);
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        keyExercises = keyExercises == null ? List.of() : List.copyOf(keyExercises);
        defaultRestrictions = defaultRestrictions == null ? List.of() : List.copyOf(defaultRestrictions);
        phases = List.copyOf(phases);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The protocol's name in a language ("es"): its texts' {@code name} there, else its own {@code name}. */
    public String name(String language) {
        ProtocolTexts own = language == null ? null : texts.get(language);
        return own != null && own.name() != null ? own.name() : name;
    }

    /** The protocol's wording in a language ("en", "es"), falling back to English. */
    public ProtocolTexts texts(String language) {
        ProtocolTexts own = language == null ? null : texts.get(language);
        return own != null ? own : texts.get(ENGLISH);
    }

    /**
     * "1 week after the fracture", "12 semanas después de la fractura": a number of weeks counted from this protocol's
     * anchor event, in the reader's language (English when the protocol has no words in it).
     */
    public String weeksAfter(int weeks, java.util.Locale locale) {
        return texts(locale.getLanguage()).weeksAfter(weeks, locale);
    }

    /** "weeks after the procedure", "weeks after the fracture": how this protocol counts its weeks, in English. */
    public String weeksAfter() {
        return texts(ENGLISH).weeksAfter();
    }

    /** Minutes of warm-up that open a session of {@code sessionMinutes} (none in sessions under 15 minutes). */
    public int warmUpFor(int sessionMinutes) {
        return sessionMinutes >= 15 ? warmUpMinutes : 0;
    }

    /** The phase for a week; weeks past the last phase's end stay in the last phase. */
    public Phase phaseAt(int weeksAfterProcedure) {
        return phases.stream().filter(p -> p.contains(weeksAfterProcedure)).findFirst()
                .orElse(phases.getLast());
    }

    /** The highest level the pain score allows (5 when no cap applies). */
    public int levelCapForPain(int painLevel) {
        return painCaps.stream().filter(c -> painLevel >= c.minPain())
                .mapToInt(PainCap::maxLevel).min().orElse(5);
    }

    /**
     * Every how many weeks a dose moves one step at this pain score: 1 without pain cap, more when pain slows
     * progression, 0 when doses hold.
     */
    public int doseStepEveryWeeks(int painLevel) {
        return painCaps.stream().filter(c -> painLevel >= c.minPain() && c.doseStepEveryWeeks() != null)
                .max(java.util.Comparator.comparingInt(PainCap::minPain)).map(PainCap::doseStepEveryWeeks).orElse(1);
    }

    /** Codes of the red flags a pain score raises in a week (e.g. refer back to the surgeon). */
    public List<String> redFlagsAt(int painLevel, int weeksAfter) {
        return redFlags.stream().filter(f -> f.raisedBy(painLevel, weeksAfter)).map(RedFlag::code).distinct().toList();
    }

    /**
     * The default restrictions still due {@code weeksAfter} weeks out that a list leaves out (no restriction of the
     * same type; for a lift limit, none at all): what a therapist turned off for this patient.
     */
    public List<Restriction> removedDefaults(List<Restriction> restrictions, int weeksAfter) {
        return defaultRestrictionsFrom(weeksAfter).stream()
                .filter(d -> restrictions.stream().noneMatch(r -> r.type() == d.type()))
                .toList();
    }

    /**
     * A restriction list with the protocol's defaults added for every type the list does not already set (the
     * patient's own entries win, e.g. a longer "no bending"); exclusions are never defaults.
     */
    public List<Restriction> withDefaults(List<Restriction> restrictions, int weeksAfter) {
        List<Restriction> merged = new java.util.ArrayList<>(restrictions);
        for (Restriction d : defaultRestrictionsFrom(weeksAfter)) {
            if (restrictions.stream().noneMatch(r -> r.type() == d.type())) {
                merged.add(d);
            }
        }
        return List.copyOf(merged);
    }

    /** Default restrictions still in force for a patient {@code weeksAfterProcedure} weeks out. */
    public List<Restriction> defaultRestrictionsFrom(int weeksAfterProcedure) {
        return defaultRestrictions.stream()
                .filter(r -> r.untilWeek() == null || r.untilWeek() > weeksAfterProcedure).toList();
    }
}
