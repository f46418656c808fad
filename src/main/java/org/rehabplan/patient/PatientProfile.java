package org.rehabplan.patient;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rehabplan.base.i18n.Languages;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.Restriction;

/**
 * A patient's limits and restrictions: what the therapist enters and what {@code POST /api/plans/generate} takes
 * (DESIGN.md contract). {@code sessionDays}, {@code displayName}, {@code notes} and {@code favouriteExerciseIds}
 * extend the contract and are optional. {@code protocolId} names the patient's protocol (absent: the installation's
 * default); {@code anchorDate} is that protocol's anchor event (procedure, fracture or diagnosis) and is still read
 * as {@code procedureDate} from older clients and stored profiles. The abilities {@code canLieOnBack},
 * {@code standsWithHelpOnly}, {@code noPushPull} and {@code walkingAid} are optional; absent means no limit.
 * {@code language} ("en" or "es", default "en") is the language of the patient's printed schedule, PDF and
 * phone page.
 */
public record PatientProfile(
        @NotBlank(message = "enter a patient reference")
        @Size(max = 64, message = "must be at most 64 characters")
        // "*": an empty reference is @NotBlank's problem alone, so the therapist reads one message, not two
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "use letters, digits, '.', '_' or '-' only")
        String patientRef,
        @Size(max = 120, message = "must be at most 120 characters") String displayName,
        @Size(max = 2000, message = "must be at most 2000 characters") String notes,
        @NotNull(message = "enter the date the protocol counts weeks from (procedure, fracture or diagnosis)")
        @JsonAlias("procedureDate") LocalDate anchorDate,
        @NotNull(message = "enter the first day of the plan") LocalDate planStart,
        @NotNull(message = "enter the number of weeks")
        @Min(value = 1, message = "must be between 1 and 52 weeks") @Max(value = 52, message = "must be between 1 and 52 weeks")
        Integer planWeeks,
        @NotNull(message = "enter the sessions per week")
        @Min(value = 1, message = "must be between 1 and 7") @Max(value = 7, message = "must be between 1 and 7")
        Integer sessionsPerWeek,
        List<DayOfWeek> sessionDays,
        @NotNull(message = "enter the minutes per session")
        @Min(value = 5, message = "must be between 5 and 180 minutes") @Max(value = 180, message = "must be between 5 and 180 minutes")
        Integer minutesPerSession,
        @NotNull(message = "enter the pain score")
        @Min(value = 0, message = "must be between 0 and 10") @Max(value = 10, message = "must be between 0 and 10")
        Integer painLevel,
        @NotNull(message = "choose a fall risk") FallRisk fallRisk,
        @NotNull(message = "say whether the patient can get down to the floor") Boolean canGetOnFloor,
        @NotNull(message = "say whether the patient tolerates lying on the stomach") Boolean toleratesProne,
        @NotNull(message = "list the equipment at home ([] for none)") Set<Equipment> equipment,
        List<String> favouriteExerciseIds,
        @Valid List<@NotNull(message = "must not be empty") Restriction> restrictions,
        Boolean protocolDefaults,
        @Size(max = 100, message = "must be at most 100 characters") String protocolId,
        Boolean canLieOnBack,
        Boolean standsWithHelpOnly,
        Boolean noPushPull,
        Boolean walkingAid,
        String language) {

    /** A profile on a protocol with abilities, in the default language (English). */
    public PatientProfile(String patientRef, String displayName, String notes, LocalDate anchorDate,
                          LocalDate planStart, Integer planWeeks, Integer sessionsPerWeek, List<DayOfWeek> sessionDays,
                          Integer minutesPerSession, Integer painLevel, FallRisk fallRisk, Boolean canGetOnFloor,
                          Boolean toleratesProne, Set<Equipment> equipment, List<String> favouriteExerciseIds,
                          List<Restriction> restrictions, Boolean protocolDefaults, String protocolId,
                          Boolean canLieOnBack, Boolean standsWithHelpOnly, Boolean noPushPull, Boolean walkingAid) {
        this(patientRef, displayName, notes, anchorDate, planStart, planWeeks, sessionsPerWeek, sessionDays,
                minutesPerSession, painLevel, fallRisk, canGetOnFloor, toleratesProne, equipment, favouriteExerciseIds,
                restrictions, protocolDefaults, protocolId, canLieOnBack, standsWithHelpOnly, noPushPull, walkingAid,
                null);
    }

    /** A profile on the default protocol without ability limits, in a language ("en", "es"). */
    public PatientProfile(String patientRef, String displayName, String notes, LocalDate anchorDate,
                          LocalDate planStart, Integer planWeeks, Integer sessionsPerWeek, List<DayOfWeek> sessionDays,
                          Integer minutesPerSession, Integer painLevel, FallRisk fallRisk, Boolean canGetOnFloor,
                          Boolean toleratesProne, Set<Equipment> equipment, List<String> favouriteExerciseIds,
                          List<Restriction> restrictions, Boolean protocolDefaults, String language) {
        this(patientRef, displayName, notes, anchorDate, planStart, planWeeks, sessionsPerWeek, sessionDays,
                minutesPerSession, painLevel, fallRisk, canGetOnFloor, toleratesProne, equipment, favouriteExerciseIds,
                restrictions, protocolDefaults, null, null, null, null, null, language);
    }

    /** A profile whose protocol defaults are not yet decided (absent in the request: they apply). */
    public PatientProfile(String patientRef, String displayName, String notes, LocalDate anchorDate,
                          LocalDate planStart, Integer planWeeks, Integer sessionsPerWeek, List<DayOfWeek> sessionDays,
                          Integer minutesPerSession, Integer painLevel, FallRisk fallRisk, Boolean canGetOnFloor,
                          Boolean toleratesProne, Set<Equipment> equipment, List<String> favouriteExerciseIds,
                          List<Restriction> restrictions) {
        this(patientRef, displayName, notes, anchorDate, planStart, planWeeks, sessionsPerWeek, sessionDays,
                minutesPerSession, painLevel, fallRisk, canGetOnFloor, toleratesProne, equipment, favouriteExerciseIds,
                restrictions, null);
    }

    /** A profile on the default protocol without ability limits (callers that predate them). */
    public PatientProfile(String patientRef, String displayName, String notes, LocalDate anchorDate,
                          LocalDate planStart, Integer planWeeks, Integer sessionsPerWeek, List<DayOfWeek> sessionDays,
                          Integer minutesPerSession, Integer painLevel, FallRisk fallRisk, Boolean canGetOnFloor,
                          Boolean toleratesProne, Set<Equipment> equipment, List<String> favouriteExerciseIds,
                          List<Restriction> restrictions, Boolean protocolDefaults) {
        this(patientRef, displayName, notes, anchorDate, planStart, planWeeks, sessionsPerWeek, sessionDays,
                minutesPerSession, painLevel, fallRisk, canGetOnFloor, toleratesProne, equipment, favouriteExerciseIds,
                restrictions, protocolDefaults, null, null, null, null, null, null);
    }

    public PatientProfile {
        equipment = equipment == null ? null : Set.copyOf(equipment);
        sessionDays = sessionDays == null ? null : List.copyOf(sessionDays);
        favouriteExerciseIds = favouriteExerciseIds == null ? List.of() : List.copyOf(favouriteExerciseIds);
        restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
        // the patient's papers are in this language; absent (older clients, profiles saved before it) reads as English
        language = language == null ? Languages.DEFAULT : language;
    }

    /** This profile with its handout in another language ("en", "es"). */
    public PatientProfile withLanguage(String code) {
        return new PatientProfile(patientRef, displayName, notes, anchorDate, planStart, planWeeks,
                sessionsPerWeek, sessionDays, minutesPerSession, painLevel, fallRisk, canGetOnFloor, toleratesProne,
                equipment, favouriteExerciseIds, restrictions, protocolDefaults, protocolId, canLieOnBack,
                standsWithHelpOnly, noPushPull, walkingAid, code);
    }

    @AssertTrue(message = "must not be before the anchor date (procedure, fracture or diagnosis)")
    boolean isPlanStartOnOrAfterProcedure() {
        return anchorDate == null || planStart == null || !planStart.isBefore(anchorDate);
    }

    /** The anchor date under its old name, for callers written before protocols had other anchor events. */
    public LocalDate procedureDate() {
        return anchorDate;
    }

    /** Whether the patient can lie on the back (absent: yes). */
    public boolean liesOnBack() {
        return !Boolean.FALSE.equals(canLieOnBack);
    }

    /** Whether the patient stands only with help (absent: no). */
    public boolean needsHelpToStand() {
        return Boolean.TRUE.equals(standsWithHelpOnly);
    }

    /** Whether pushing and pulling against resistance is ruled out (absent: no). */
    public boolean avoidsPushPull() {
        return Boolean.TRUE.equals(noPushPull);
    }

    /** Whether the patient walks with a stick, crutch or frame (absent: no). */
    public boolean usesWalkingAid() {
        return Boolean.TRUE.equals(walkingAid);
    }

    @AssertTrue(message = "give one different day per session")
    boolean isSessionDaysMatchingSessionsPerWeek() {
        return sessionDays == null || sessionsPerWeek == null
                || (sessionDays.size() == sessionsPerWeek && new HashSet<>(sessionDays).size() == sessionDays.size());
    }

    /** The session days, or a spread-out default (Mon/Wed/Fri for three) when none were chosen. */
    public List<DayOfWeek> effectiveSessionDays() {
        if (sessionDays != null && !sessionDays.isEmpty()) {
            return sessionDays.stream().sorted().toList();
        }
        return DefaultSessionDays.forSessions(sessionsPerWeek);
    }

    /** First day of plan week {@code week} (1-based). */
    public LocalDate weekStart(int week) {
        return planStart.plusDays(7L * (week - 1));
    }

    /** Whole weeks between the anchor event and the first day of plan week {@code week}. */
    public int weeksAfterProcedure(int week) {
        return (int) (ChronoUnit.DAYS.between(anchorDate, weekStart(week)) / 7);
    }

    /**
     * This profile with the protocol's default restrictions added for every type it does not set itself, unless the
     * request turned them off ({@code protocolDefaults: false}); the result records that the defaults are settled
     * ({@code false}), so applying it again changes nothing and a therapist's later removals stick.
     */
    public PatientProfile withProtocolDefaults(Protocol protocol) {
        List<Restriction> merged = Boolean.FALSE.equals(protocolDefaults) ? restrictions
                : protocol.withDefaults(restrictions, 0);
        return withRestrictions(merged, false);
    }

    /** This profile with other restrictions and defaults flag (everything else kept). */
    public PatientProfile withRestrictions(List<Restriction> newRestrictions, Boolean defaultsFlag) {
        return new PatientProfile(patientRef, displayName, notes, anchorDate, planStart, planWeeks,
                sessionsPerWeek, sessionDays, minutesPerSession, painLevel, fallRisk, canGetOnFloor, toleratesProne,
                equipment, favouriteExerciseIds, newRestrictions, defaultsFlag, protocolId, canLieOnBack,
                standsWithHelpOnly, noPushPull, walkingAid, language);
    }

    /** This profile on a protocol (a profile stored before protocols were chosen per patient gets the default). */
    public PatientProfile withProtocolId(String id) {
        return new PatientProfile(patientRef, displayName, notes, anchorDate, planStart, planWeeks,
                sessionsPerWeek, sessionDays, minutesPerSession, painLevel, fallRisk, canGetOnFloor, toleratesProne,
                equipment, favouriteExerciseIds, restrictions, protocolDefaults, id, canLieOnBack,
                standsWithHelpOnly, noPushPull, walkingAid, language);
    }

    /** As stored: a profile saved before the flag existed holds the therapist's complete list (defaults settled). */
    public PatientProfile settled() {
        return protocolDefaults != null ? this : withRestrictions(restrictions, false);
    }

    public String label() {
        return displayName == null || displayName.isBlank() ? patientRef : displayName;
    }
}
