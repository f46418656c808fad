package org.rehabplan.planning;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.rehabplan.catalog.BalanceDemand;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.Movement;
import org.rehabplan.catalog.Position;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.protocol.PainCap;
import org.rehabplan.protocol.Phase;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.Restriction;

/**
 * Checks a generated plan against the patient's limits written out afresh from the catalog fields, the profile and the
 * protocol data: no code of the solver's constraints or safety rules is called, so a bug there cannot hide here.
 */
final class IndependentSafetyCheck {

    private final Catalog catalog;
    private final Protocol protocol;
    private final PatientProfile profile;

    IndependentSafetyCheck(Catalog catalog, Protocol protocol, PatientProfile profile) {
        this.catalog = catalog;
        this.protocol = protocol;
        this.profile = profile;
    }

    List<String> violations(PlanResult plan) {
        List<String> found = new ArrayList<>();
        String who = profile.patientRef() + " ";
        if (!plan.feasible() && plan.conflicts().isEmpty()) {
            found.add(who + "infeasible plan names no conflicting limit");
        }
        if (plan.feasible() && someWeekHasNothingSafe()) {
            found.add(who + "reported feasible although a week has no safe exercise");
        }
        if (plan.weeks().size() != profile.planWeeks()) {
            found.add(who + "has " + plan.weeks().size() + " weeks, expected " + profile.planWeeks());
        }
        for (PlanResult.WeekPlan week : plan.weeks()) {
            int weeksAfter = weeksAfterProcedure(week.week());
            if (week.weeksAfterProcedure() != weeksAfter) {
                found.add(who + "week " + week.week() + " says " + week.weeksAfterProcedure() + " weeks after, is " + weeksAfter);
            }
            for (PlanResult.SessionPlan session : week.sessions()) {
                String where = who + "week " + week.week() + " session " + session.number() + ": ";
                // an infeasible result is never shown as a plan; only a feasible one must fit its time
                if (plan.feasible() && session.totalMinutes() > profile.minutesPerSession()) {
                    found.add(where + session.totalMinutes() + " min over the " + profile.minutesPerSession() + " min budget");
                }
                if (session.totalMinutes() < session.exercises().size()) {
                    found.add(where + "total minutes " + session.totalMinutes() + " below one per exercise");
                }
                if (plan.feasible() && session.exercises().isEmpty()) {
                    found.add(where + "empty session in a feasible plan");
                }
                Set<String> seen = new HashSet<>();
                for (PlanResult.ScheduledExercise scheduled : session.exercises()) {
                    if (!seen.add(scheduled.exerciseId())) {
                        found.add(where + scheduled.exerciseId() + " twice in one session");
                    }
                    Exercise exercise = catalog.find(scheduled.exerciseId()).orElse(null);
                    if (exercise == null) {
                        found.add(where + "unknown exercise " + scheduled.exerciseId());
                        continue;
                    }
                    unsafeBecause(exercise, weeksAfter).forEach(reason -> found.add(where + exercise.id() + ": " + reason));
                }
            }
        }
        return found;
    }

    /** True when in some plan week not a single catalog exercise is allowed: no feasible plan can exist. */
    boolean someWeekHasNothingSafe() {
        return IntStream.rangeClosed(1, profile.planWeeks()).map(this::weeksAfterProcedure)
                .anyMatch(after -> catalog.exercises().stream().noneMatch(e -> unsafeBecause(e, after).isEmpty()));
    }

    List<String> unsafeBecause(Exercise e, int weeksAfter) {
        List<String> reasons = new ArrayList<>();
        if (e.contraindicatedFor().stream().anyMatch(protocol.conditions()::contains)) {
            reasons.add("contraindicated for a condition of protocol " + protocol.id());
        }
        boolean upright = e.position() == Position.STANDING || e.position() == Position.WALKING;
        if (e.position() == Position.SUPINE && Boolean.FALSE.equals(profile.canLieOnBack())) {
            reasons.add("lying on the back, which the patient cannot do");
        }
        if (upright && Boolean.TRUE.equals(profile.standsWithHelpOnly())
                && (e.standingSupport() != org.rehabplan.catalog.StandingSupport.HOLD
                || e.balanceDemand() != BalanceDemand.LOW)) {
            reasons.add("standing without holding on (or unsteady) for a patient who stands only with help");
        }
        if (upright && Boolean.TRUE.equals(profile.walkingAid()) && e.standingSupport() == null) {
            reasons.add("standing with no hand for support for a patient with a walking aid");
        }
        if (Boolean.TRUE.equals(profile.noPushPull())
                && (e.movements().contains(Movement.PUSH) || e.movements().contains(Movement.PULL))) {
            reasons.add("pushes or pulls for a patient who must not");
        }
        if (e.minWeeksAfterProcedure() > weeksAfter) {
            reasons.add("allowed from week " + e.minWeeksAfterProcedure() + ", scheduled at " + weeksAfter);
        }
        if (!profile.equipment().containsAll(e.equipment())) {
            reasons.add("needs equipment the patient lacks");
        }
        if (e.position() == Position.PRONE && !profile.toleratesProne()) {
            reasons.add("prone, not tolerated");
        }
        boolean floor = e.position() == Position.QUADRUPED || e.position() == Position.KNEELING
                || e.movements().contains(Movement.FLOOR_TRANSFER);
        if (floor && !profile.canGetOnFloor()) {
            reasons.add("floor work for a patient who can't get down");
        }
        if (balanceRank(e.balanceDemand()) > maxBalanceRank(profile.fallRisk())) {
            reasons.add("balance " + e.balanceDemand() + " above fall risk " + profile.fallRisk());
        }
        Phase phase = phaseAt(weeksAfter);
        if (e.level() > phase.maxLevel()) {
            reasons.add("level " + e.level() + " above phase " + phase.name());
        }
        int painCap = protocol.painCaps().stream().filter(c -> profile.painLevel() >= c.minPain())
                .mapToInt(PainCap::maxLevel).min().orElse(5);
        if (e.level() > painCap) {
            reasons.add("level " + e.level() + " above pain cap " + painCap);
        }
        for (Restriction r : profile.restrictions()) {
            if (r.untilWeek() != null && weeksAfter >= r.untilWeek()) {
                continue;
            }
            boolean broken = switch (r.type()) {
                case NO_SPINAL_FLEXION -> e.movements().contains(Movement.SPINAL_FLEXION);
                case NO_SPINAL_ROTATION -> e.movements().contains(Movement.SPINAL_ROTATION);
                case NO_SIDE_BENDING -> e.movements().contains(Movement.SIDE_BENDING);
                case NO_IMPACT -> e.movements().contains(Movement.IMPACT);
                case NO_OVERHEAD_LOAD -> e.movements().contains(Movement.OVERHEAD_LOAD);
                case NO_PRONE -> e.position() == Position.PRONE;
                case LIFT_LIMIT -> e.externalLoadKg() > r.maxKg();
                case EXCLUDE_EXERCISE -> e.id().equals(r.exerciseId());
            };
            if (broken) {
                reasons.add("breaks " + r.type() + (r.untilWeek() == null ? "" : " (until week " + r.untilWeek() + ")"));
            }
        }
        return reasons;
    }

    private int weeksAfterProcedure(int planWeek) {
        return (int) (ChronoUnit.DAYS.between(profile.anchorDate(), profile.planStart().plusDays(7L * (planWeek - 1))) / 7);
    }

    private Phase phaseAt(int weeksAfter) {
        for (Phase p : protocol.phases()) {
            if (weeksAfter >= p.fromWeek() && (p.toWeek() == null || weeksAfter < p.toWeek())) {
                return p;
            }
        }
        return protocol.phases().getLast();
    }

    private static int balanceRank(BalanceDemand demand) {
        return switch (demand) {
            case LOW -> 0;
            case MODERATE -> 1;
            case HIGH -> 2;
        };
    }

    private static int maxBalanceRank(FallRisk risk) {
        return switch (risk) {
            case LOW -> 2;
            case MODERATE -> 1;
            case HIGH -> 0;
        };
    }
}
