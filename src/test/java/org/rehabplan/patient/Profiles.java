package org.rehabplan.patient;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.protocol.Restriction;

/** Builds patient profiles for tests: a plain 2-weeks-out patient unless told otherwise. */
public final class Profiles {

    private String patientRef = "test-001";
    private String displayName = "Test patient";
    private LocalDate anchorDate = LocalDate.of(2026, 11, 2);
    private LocalDate planStart = LocalDate.of(2026, 11, 16);
    private int planWeeks = 4;
    private int sessionsPerWeek = 3;
    private List<DayOfWeek> sessionDays;
    private int minutesPerSession = 30;
    private int painLevel = 2;
    private FallRisk fallRisk = FallRisk.LOW;
    private boolean canGetOnFloor = true;
    private boolean toleratesProne = true;
    private Set<Equipment> equipment = EnumSet.allOf(Equipment.class);
    private List<String> favourites = new ArrayList<>();
    private List<Restriction> restrictions = new ArrayList<>();
    private String protocolId;
    private Boolean canLieOnBack;
    private Boolean standsWithHelpOnly;
    private Boolean noPushPull;
    private Boolean walkingAid;

    public static Profiles aProfile() {
        return new Profiles();
    }

    public Profiles ref(String ref) {
        this.patientRef = ref;
        return this;
    }

    public Profiles displayName(String name) {
        this.displayName = name;
        return this;
    }

    public Profiles procedure(LocalDate date) {
        this.anchorDate = date;
        return this;
    }

    public Profiles start(LocalDate date) {
        this.planStart = date;
        return this;
    }

    /** Starts the plan this many weeks after the procedure. */
    public Profiles weeksOut(int weeks) {
        this.planStart = anchorDate.plusWeeks(weeks);
        return this;
    }

    public Profiles weeks(int weeks) {
        this.planWeeks = weeks;
        return this;
    }

    public Profiles sessions(int perWeek) {
        this.sessionsPerWeek = perWeek;
        return this;
    }

    public Profiles days(DayOfWeek... days) {
        this.sessionDays = List.of(days);
        return this;
    }

    public Profiles minutes(int minutes) {
        this.minutesPerSession = minutes;
        return this;
    }

    public Profiles pain(int pain) {
        this.painLevel = pain;
        return this;
    }

    public Profiles fallRisk(FallRisk risk) {
        this.fallRisk = risk;
        return this;
    }

    public Profiles noFloor() {
        this.canGetOnFloor = false;
        return this;
    }

    public Profiles noProne() {
        this.toleratesProne = false;
        return this;
    }

    public Profiles equipment(Equipment... equipment) {
        this.equipment = equipment.length == 0 ? Set.of() : EnumSet.copyOf(List.of(equipment));
        return this;
    }

    public Profiles favourite(String exerciseId) {
        this.favourites.add(exerciseId);
        return this;
    }

    public Profiles restriction(Restriction restriction) {
        this.restrictions.add(restriction);
        return this;
    }

    public Profiles protocol(String id) {
        this.protocolId = id;
        return this;
    }

    public Profiles cannotLieOnBack() {
        this.canLieOnBack = false;
        return this;
    }

    public Profiles standsWithHelpOnly() {
        this.standsWithHelpOnly = true;
        return this;
    }

    public Profiles noPushPull() {
        this.noPushPull = true;
        return this;
    }

    public Profiles walkingAid() {
        this.walkingAid = true;
        return this;
    }

    public PatientProfile build() {
        return new PatientProfile(patientRef, displayName, null, anchorDate, planStart, planWeeks,
                sessionsPerWeek, sessionDays, minutesPerSession, painLevel, fallRisk, canGetOnFloor, toleratesProne,
                equipment, favourites, restrictions, null, protocolId, canLieOnBack, standsWithHelpOnly, noPushPull,
                walkingAid);
    }
}
