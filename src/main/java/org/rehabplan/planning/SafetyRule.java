package org.rehabplan.planning;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rehabplan.base.Numbers;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.Movement;
import org.rehabplan.catalog.Position;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;

/**
 * The safety rules of DESIGN.md, each able to say whether an exercise breaks it in a given week and why, in a
 * sentence a therapist can read. The hard constraints, the solver's value ranges and the "excluded" explanations
 * all use these, so they can never disagree.
 */
public enum SafetyRule {

    NO_SPINAL_FLEXION("No bending while restricted") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            return movementRestricted(e, week, RestrictionType.NO_SPINAL_FLEXION, Movement.SPINAL_FLEXION, "no bending");
        }
    },
    NO_SPINAL_ROTATION("No twisting while restricted") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            return movementRestricted(e, week, RestrictionType.NO_SPINAL_ROTATION, Movement.SPINAL_ROTATION,
                    "no twisting");
        }
    },
    NO_SIDE_BENDING("No side bending while restricted") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            return movementRestricted(e, week, RestrictionType.NO_SIDE_BENDING, Movement.SIDE_BENDING,
                    "no side bending");
        }
    },
    NO_IMPACT("No impact while restricted") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            return movementRestricted(e, week, RestrictionType.NO_IMPACT, Movement.IMPACT, "no impact");
        }
    },
    NO_OVERHEAD_LOAD("Nothing lifted overhead while restricted") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            return movementRestricted(e, week, RestrictionType.NO_OVERHEAD_LOAD, Movement.OVERHEAD_LOAD,
                    "nothing lifted overhead");
        }
    },
    NO_PRONE_WHILE_RESTRICTED("No lying on the stomach while restricted") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            if (e.position() != Position.PRONE) {
                return Optional.empty();
            }
            return active(week, RestrictionType.NO_PRONE).findFirst().map(r ->
                    e.name() + " is done lying on the stomach: no lying on the stomach" + until(r, week));
        }
    },
    LIFT_LIMIT("Load within the lift limit") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            List<Restriction> limits = active(week, RestrictionType.LIFT_LIMIT)
                    .filter(r -> e.externalLoadKg() > r.maxKg()).toList();
            return limits.stream().min((a, b) -> Double.compare(a.maxKg(), b.maxKg())).map(r ->
                    e.name() + " lifts " + Numbers.plain(e.externalLoadKg()) + " kg: lift limit " + Numbers.plain(r.maxKg()) + " kg"
                            + until(r, week));
        }
    },
    EXCLUDED_BY_THERAPIST("Exercises the therapist excluded") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            return active(week, RestrictionType.EXCLUDE_EXERCISE).filter(r -> e.id().equals(r.exerciseId()))
                    .findFirst().map(r -> e.name() + " was excluded by the therapist" + until(r, week));
        }
    },
    CONTRAINDICATED("Contraindicated exercises") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            return e.isContraindicatedFor(week.conditions())
                    ? Optional.of(e.name() + " is contraindicated for " + e.contraindicatedFor().stream()
                    .filter(week.conditions()::contains).map(c -> week.conditionPhrase(c)).sorted()
                    .collect(Collectors.joining(" and ")) + " (" + contraindicationReason(e) + ")")
                    : Optional.empty();
        }
    },
    TOO_EARLY("Not before its earliest week") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            return e.minWeeksAfterProcedure() > week.weeksAfterProcedure()
                    ? Optional.of(e.name() + " starts " + e.minWeeksAfterProcedure()
                    + " " + week.protocol().weeksAfter() + " at the earliest")
                    : Optional.empty();
        }
    },
    MISSING_EQUIPMENT("Only equipment the patient has") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            Set<Equipment> missing = e.equipment().stream()
                    .filter(eq -> !week.profile().equipment().contains(eq)).collect(Collectors.toSet());
            return missing.isEmpty() ? Optional.empty() : Optional.of(e.name() + " needs "
                    + missing.stream().map(eq -> eq.label().toLowerCase()).sorted().collect(Collectors.joining(", "))
                    + ", which the patient does not have");
        }
    },
    PRONE_NOT_TOLERATED("Prone only if tolerated") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            return e.position() == Position.PRONE && !week.profile().toleratesProne()
                    ? Optional.of(e.name() + " is done lying on the stomach, which the patient does not tolerate")
                    : Optional.empty();
        }
    },
    FLOOR_NOT_POSSIBLE("Floor work only if the patient can get down") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            boolean floor = e.position().needsFloor() || e.has(Movement.FLOOR_TRANSFER);
            return floor && !week.profile().canGetOnFloor()
                    ? Optional.of(e.name() + " needs getting down to the floor, which the patient cannot do")
                    : Optional.empty();
        }
    },
    BALANCE_ABOVE_FALL_RISK("Balance demand suits the fall risk") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            PatientProfile p = week.profile();
            return p.fallRisk().allows(e.balanceDemand()) ? Optional.empty()
                    : Optional.of(e.name() + " asks " + e.balanceDemand().name().toLowerCase()
                    + " balance; with a " + p.fallRisk().name().toLowerCase() + " fall risk the most allowed is "
                    + p.fallRisk().maxBalanceDemand().name().toLowerCase());
        }
    },
    LEVEL_ABOVE_PHASE("Level within the phase") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            return e.level() > week.phase().maxLevel()
                    ? Optional.of(e.name() + " is level " + e.level() + "; the " + week.phase().name()
                    + " phase allows up to level " + week.phase().maxLevel())
                    : Optional.empty();
        }
    },
    LEVEL_ABOVE_PAIN_CAP("Level within what the pain allows") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            return e.level() > week.painLevelCap()
                    ? Optional.of(e.name() + " is level " + e.level() + "; with pain at "
                    + week.profile().painLevel() + "/10 the most allowed is level " + week.painLevelCap())
                    : Optional.empty();
        }
    },
    CANNOT_LIE_ON_BACK("Lying on the back only if the patient can") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            return e.position() == Position.SUPINE && !week.profile().liesOnBack()
                    ? Optional.of(e.name() + " is done lying on the back, which the patient cannot do")
                    : Optional.empty();
        }
    },
    STANDS_ONLY_WITH_HELP("Standing only held and steady if the patient stands only with help") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            if (!e.isUpright() || !week.profile().needsHelpToStand()) {
                return Optional.empty();
            }
            if (!e.isHeldUpright()) {
                return Optional.of(e.name() + " is done standing or walking without holding on; the patient stands "
                        + "only with help");
            }
            return e.balanceDemand() == org.rehabplan.catalog.BalanceDemand.LOW ? Optional.empty()
                    : Optional.of(e.name() + " asks " + e.balanceDemand().name().toLowerCase() + " balance while "
                    + "standing; the patient stands only with help");
        }
    },
    NEEDS_A_HAND_FOR_THE_WALKING_AID("Standing work holds on or uses the walking aid") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            return e.isUpright() && e.standingSupport() == null && week.profile().usesWalkingAid()
                    ? Optional.of(e.name() + " is done standing with no hand free for support; the patient walks "
                    + "with an aid")
                    : Optional.empty();
        }
    },
    NO_PUSH_PULL("No pushing or pulling") {
        @Override
        Optional<String> check(Exercise e, PlanWeek week) {
            if (!week.profile().avoidsPushPull()) {
                return Optional.empty();
            }
            return java.util.stream.Stream.of(Movement.PUSH, Movement.PULL).filter(e::has).findFirst()
                    .map(m -> e.name() + " " + m.phrase() + ": no pushing or pulling for this patient");
        }
    };

    private final String title;

    SafetyRule(String title) {
        this.title = title;
    }

    /** The constraint name, e.g. "No twisting while restricted". */
    public String title() {
        return title;
    }

    /**
     * Why the exercise breaks this rule in that week, or empty when it does not. Builds the sentence, so it is called
     * once per exercise and week when the week is built ({@link #brokenBy}) and again only to explain.
     */
    abstract Optional<String> check(Exercise exercise, PlanWeek week);

    /** Whether the exercise breaks this rule in that week: a bit test on what the week worked out in advance. */
    public boolean violatedBy(Exercise exercise, PlanWeek week) {
        return exercise != null && week.of(exercise).breaks(this);
    }

    public String reason(Exercise exercise, PlanWeek week) {
        return check(exercise, week).orElse(exercise.name() + " is allowed");
    }

    /** Every rule the exercise breaks in that week, as sentences. */
    public static List<String> reasonsAgainst(Exercise exercise, PlanWeek week) {
        int broken = week.rulesBrokenBy(exercise);
        if (broken == 0) {
            return List.of();
        }
        return java.util.Arrays.stream(values()).filter(r -> (broken & (1 << r.ordinal())) != 0)
                .map(r -> r.check(exercise, week))
                .flatMap(Optional::stream).toList();
    }

    public static boolean isSafe(Exercise exercise, PlanWeek week) {
        return week.isSafeByRules(exercise);
    }

    /** The rules the exercise breaks in that week, one bit per rule ({@code 1 << ordinal}). */
    static int brokenBy(Exercise exercise, PlanWeek week) {
        int broken = 0;
        for (SafetyRule rule : values()) {
            if (rule.check(exercise, week).isPresent()) {
                broken |= 1 << rule.ordinal();
            }
        }
        return broken;
    }

    private static java.util.stream.Stream<Restriction> active(PlanWeek week, RestrictionType type) {
        return week.activeRestrictions().stream().filter(r -> r.type() == type);
    }

    private static Optional<String> movementRestricted(Exercise e, PlanWeek week, RestrictionType type,
                                                       Movement movement, String rule) {
        if (!e.has(movement)) {
            return Optional.empty();
        }
        return active(week, type).findFirst().map(r -> e.name() + " " + movement.phrase() + ": " + rule
                + until(r, week));
    }

    private static String until(Restriction r, PlanWeek week) {
        return r.untilWeek() == null ? "" : " until " + r.untilWeek() + " " + week.protocol().weeksAfter();
    }

    private static String contraindicationReason(Exercise e) {
        String movements = e.movements().stream().filter(m -> m != Movement.SPINAL_EXTENSION)
                .map(Movement::phrase).sorted().collect(Collectors.joining(", "));
        return movements.isEmpty() ? "see its precautions" : "it " + movements;
    }
}
