package org.rehabplan.quality;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;

/**
 * Patients on one protocol as a clinic sees them (unlike the safety property test, which samples the whole input
 * space): 0–20 weeks after the protocol's anchor event at the plan start, 4–16 weeks of 2–5 sessions of 20–60 min, pain 0–9, any
 * fall risk, a chair almost always and a counter usually, and the protocol's default restrictions, now and then
 * edited by the therapist.
 */
final class RandomProfiles {

    private static final LocalDate FIRST_PROCEDURE = LocalDate.of(2026, 1, 5);

    private final Catalog catalog;
    private final Protocol protocol;
    private final Random random;

    RandomProfiles(Catalog catalog, Protocol protocol, long seed) {
        this.catalog = catalog;
        this.protocol = protocol;
        this.random = new Random(seed);
    }

    List<PatientProfile> next(int count) {
        List<PatientProfile> profiles = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            profiles.add(next(String.format("rnd-%03d", i)));
        }
        return profiles;
    }

    PatientProfile next(String ref) {
        LocalDate procedure = FIRST_PROCEDURE.plusDays(random.nextInt(300));
        int weeksAfter = random.nextInt(21);
        LocalDate start = procedure.plusDays(7L * weeksAfter + random.nextInt(7));
        int sessions = 2 + random.nextInt(4);
        List<DayOfWeek> days = null;
        if (random.nextBoolean()) {
            List<DayOfWeek> all = new ArrayList<>(List.of(DayOfWeek.values()));
            Collections.shuffle(all, random);
            days = all.subList(0, sessions);
        }
        int minutes = 20 + 5 * random.nextInt(9);
        int pain = random.nextInt(10);
        FallRisk fallRisk = FallRisk.values()[random.nextInt(FallRisk.values().length)];
        boolean floor = fallRisk != FallRisk.HIGH ? random.nextDouble() < 0.6 : random.nextDouble() < 0.2;
        boolean prone = random.nextDouble() < 0.65;
        return new PatientProfile(ref, null, null, procedure, start, 4 + random.nextInt(13), sessions, days, minutes,
                pain, fallRisk, floor, prone, equipment(), List.of(), restrictions(weeksAfter), false, protocol.id(),
                null, null, null, null);
    }

    private EnumSet<Equipment> equipment() {
        EnumSet<Equipment> equipment = EnumSet.noneOf(Equipment.class);
        for (Equipment e : Equipment.values()) {
            double chance = switch (e) {
                case CHAIR -> 0.97;
                case COUNTER -> 0.8;
                case WALL -> 0.9;
                case PILLOW, TOWEL_ROLL -> 0.7;
                case MAT -> 0.4;
                case RESISTANCE_BAND -> 0.45;
                case DUMBBELL -> 0.3;
                case DOWEL -> 0.3;
                case STEP -> 0.35;
                case BALL -> 0.2;
                case STRAP -> 0.6; // a belt or a long towel does
                case CHAIR_BACK -> 0.9; // most dining chairs, pushed against a wall
                case STAIRS -> 0.5;
                default -> 0.3; // equipment added to the catalog later
            };
            if (random.nextDouble() < chance) {
                equipment.add(e);
            }
        }
        return equipment;
    }

    /** The protocol's defaults still in force; one profile in four has them edited as a therapist might. */
    private List<Restriction> restrictions(int weeksAfter) {
        List<Restriction> restrictions = new ArrayList<>(protocol.defaultRestrictionsFrom(weeksAfter));
        if (random.nextDouble() >= 0.25) {
            return restrictions;
        }
        switch (random.nextInt(4)) {
            case 0 -> { // the surgeon cleared a restriction early
                if (!restrictions.isEmpty()) {
                    restrictions.remove(random.nextInt(restrictions.size()));
                }
            }
            case 1 -> restrictions.add(Restriction.of(RestrictionType.NO_SIDE_BENDING, null));
            case 2 -> restrictions.add(Restriction.of(RestrictionType.NO_PRONE, null));
            default -> { // the patient dislikes one or two exercises
                for (int n = 1 + random.nextInt(2); n > 0; n--) {
                    restrictions.add(Restriction.exclude(
                            catalog.exercises().get(random.nextInt(catalog.size())).id()));
                }
            }
        }
        return restrictions;
    }
}
