package org.rehabplan.planning.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rehabplan.base.Reason;
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
        Optional<Reason> check(Exercise e, PlanWeek week) {
            return movementRestricted(e, week, RestrictionType.NO_SPINAL_FLEXION, Movement.SPINAL_FLEXION, this);
        }
    },
    NO_SPINAL_ROTATION("No twisting while restricted") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            return movementRestricted(e, week, RestrictionType.NO_SPINAL_ROTATION, Movement.SPINAL_ROTATION, this);
        }
    },
    NO_SIDE_BENDING("No side bending while restricted") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            return movementRestricted(e, week, RestrictionType.NO_SIDE_BENDING, Movement.SIDE_BENDING, this);
        }
    },
    NO_IMPACT("No impact while restricted") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            return movementRestricted(e, week, RestrictionType.NO_IMPACT, Movement.IMPACT, this);
        }
    },
    NO_OVERHEAD_LOAD("Nothing lifted overhead while restricted") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            return movementRestricted(e, week, RestrictionType.NO_OVERHEAD_LOAD, Movement.OVERHEAD_LOAD, this);
        }
    },
    NO_PRONE_WHILE_RESTRICTED("No lying on the stomach while restricted") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            if (e.position() != Position.PRONE) {
                return Optional.empty();
            }
            return active(week, RestrictionType.NO_PRONE).findFirst().map(r -> because(this, e, week,
                    "restriction", r.asReason(week.protocol().id())));
        }
    },
    LIFT_LIMIT("Load within the lift limit") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            List<Restriction> limits = active(week, RestrictionType.LIFT_LIMIT)
                    .filter(r -> e.externalLoadKg() > r.maxKg()).toList();
            return limits.stream().min((a, b) -> Double.compare(a.maxKg(), b.maxKg())).map(r -> because(this, e, week,
                    "kg", e.externalLoadKg(), "restriction", r.asReason(week.protocol().id())));
        }
    },
    EXCLUDED_BY_THERAPIST("Exercises the therapist excluded") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            return active(week, RestrictionType.EXCLUDE_EXERCISE).filter(r -> e.id().equals(r.exerciseId()))
                    .findFirst().map(r -> because(this, e, week, "untilWeek", r.untilWeek(), "protocol",
                            r.untilWeek() == null ? null : week.protocol().id()));
        }
    },
    CONTRAINDICATED("Contraindicated exercises") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            return e.isContraindicatedFor(week.conditions())
                    ? Optional.of(because(this, e, week, "conditions", e.contraindicatedFor().stream()
                    .filter(week.conditions()::contains).sorted().toList(), "movements", riskyMovements(e),
                    "movementCount", riskyMovements(e).size(), "conditionPhrases", e.contraindicatedFor().stream()
                    .filter(week.conditions()::contains).collect(Collectors.toMap(c -> c, week::conditionPhrase,
                            (a, b) -> a, java.util.TreeMap::new))))
                    : Optional.empty();
        }
    },
    TOO_EARLY("Not before its earliest week") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            return e.minWeeksAfterProcedure() > week.weeksAfterProcedure()
                    ? Optional.of(because(this, e, week, "minWeek", e.minWeeksAfterProcedure(),
                            "protocol", week.protocol().id()))
                    : Optional.empty();
        }
    },
    MISSING_EQUIPMENT("Only equipment the patient has") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            Set<Equipment> missing = e.equipment().stream()
                    .filter(eq -> !week.profile().equipment().contains(eq)).collect(Collectors.toSet());
            return missing.isEmpty() ? Optional.empty() : Optional.of(because(this, e, week, "equipment",
                    missing.stream().sorted().toList()));
        }
    },
    PRONE_NOT_TOLERATED("Prone only if tolerated") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            return e.position() == Position.PRONE && !week.profile().toleratesProne()
                    ? Optional.of(because(this, e, week))
                    : Optional.empty();
        }
    },
    FLOOR_NOT_POSSIBLE("Floor work only if the patient can get down") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            boolean floor = e.position().needsFloor() || e.has(Movement.FLOOR_TRANSFER);
            return floor && !week.profile().canGetOnFloor()
                    ? Optional.of(because(this, e, week))
                    : Optional.empty();
        }
    },
    BALANCE_ABOVE_FALL_RISK("Balance demand suits the fall risk") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            PatientProfile p = week.profile();
            return p.fallRisk().allows(e.balanceDemand()) ? Optional.empty()
                    : Optional.of(because(this, e, week, "balance", e.balanceDemand(), "fallRisk", p.fallRisk(),
                    "maxBalance", p.fallRisk().maxBalanceDemand()));
        }
    },
    LEVEL_ABOVE_PHASE("Level within the phase") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            return e.level() > week.phase().maxLevel()
                    ? Optional.of(because(this, e, week, "level", e.level(), "phase", week.phase().name(),
                    "maxLevel", week.phase().maxLevel()))
                    : Optional.empty();
        }
    },
    LEVEL_ABOVE_PAIN_CAP("Level within what the pain allows") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            return e.level() > week.painLevelCap()
                    ? Optional.of(because(this, e, week, "level", e.level(), "pain", week.profile().painLevel(),
                    "maxLevel", week.painLevelCap()))
                    : Optional.empty();
        }
    },
    CANNOT_LIE_ON_BACK("Lying on the back only if the patient can") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            return e.position() == Position.SUPINE && !week.profile().liesOnBack()
                    ? Optional.of(because(this, e, week))
                    : Optional.empty();
        }
    },
    STANDS_ONLY_WITH_HELP("Standing only held and steady if the patient stands only with help") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            if (!e.isUpright() || !week.profile().needsHelpToStand()) {
                return Optional.empty();
            }
            if (!e.isHeldUpright()) {
                return Optional.of(because(this, e, week, "held", false, "balance", e.balanceDemand()));
            }
            return e.balanceDemand() == org.rehabplan.catalog.BalanceDemand.LOW ? Optional.empty()
                    : Optional.of(because(this, e, week, "held", true, "balance", e.balanceDemand()));
        }
    },
    NEEDS_A_HAND_FOR_THE_WALKING_AID("Standing work holds on or uses the walking aid") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            return e.isUpright() && e.standingSupport() == null && week.profile().usesWalkingAid()
                    ? Optional.of(because(this, e, week))
                    : Optional.empty();
        }
    },
    NO_PUSH_PULL("No pushing or pulling") {
        @Override
        Optional<Reason> check(Exercise e, PlanWeek week) {
            if (!week.profile().avoidsPushPull()) {
                return Optional.empty();
            }
            return java.util.stream.Stream.of(Movement.PUSH, Movement.PULL).filter(e::has).findFirst()
                    .map(m -> because(this, e, week, "movement", m));
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
    abstract Optional<Reason> check(Exercise exercise, PlanWeek week);

    /** Whether the exercise breaks this rule in that week: a bit test on what the week worked out in advance. */
    public boolean violatedBy(Exercise exercise, PlanWeek week) {
        return exercise != null && week.of(exercise).breaks(this);
    }

    /** Why the exercise breaks this rule in that week ({@link #ALLOWED} when it does not). */
    public Reason reason(Exercise exercise, PlanWeek week) {
        return check(exercise, week).orElse(Reason.of(ALLOWED, week.index(), exercise.id()));
    }

    /** Code of "the exercise breaks no rule". */
    static final String ALLOWED = "ALLOWED";

    /** Every rule the exercise breaks in that week, as reasons. */
    public static List<Reason> reasonsAgainst(Exercise exercise, PlanWeek week) {
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

    private static Optional<Reason> movementRestricted(Exercise e, PlanWeek week, RestrictionType type,
                                                       Movement movement, SafetyRule rule) {
        if (!e.has(movement)) {
            return Optional.empty();
        }
        return active(week, type).findFirst().map(r -> because(rule, e, week, "movement", movement,
                "restriction", r.asReason(week.protocol().id())));
    }

    private static Reason because(SafetyRule rule, Exercise e, PlanWeek week, Object... args) {
        return Reason.of(rule.name(), week.index(), e.id(), args);
    }

    /** The movements that make an exercise risky after a fracture (extension is what the spine needs). */
    private static List<Movement> riskyMovements(Exercise e) {
        return e.movements().stream().filter(m -> m != Movement.SPINAL_EXTENSION).sorted().toList();
    }
}
