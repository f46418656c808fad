package org.rehabplan.planning.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabplan.patient.Profiles.aProfile;
import static org.rehabplan.planning.Fixtures.exercise;
import static org.rehabplan.planning.Fixtures.session;
import static org.rehabplan.planning.Fixtures.slot;
import static org.rehabplan.planning.Fixtures.week;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.rehabplan.catalog.BalanceDemand;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.Movement;
import org.rehabplan.catalog.Position;
import org.rehabplan.catalog.StandingSupport;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.planning.Fixtures;
import org.rehabplan.planning.Words;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.model.Prescription;
import org.rehabplan.planning.model.SafetyRule;
import org.rehabplan.planning.model.Session;
import org.rehabplan.planning.model.Slot;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;

class PlanConstraintsTest {

    private final ConstraintVerifier<PlanConstraints, ExercisePlan> verifier =
            ConstraintVerifier.build(new PlanConstraints(), ExercisePlan.class, Slot.class);

    /** Week 1 of a plan that starts two weeks after the procedure (Early strengthening, level ≤ 2). */
    private static Slot placed(PatientProfile profile, Exercise exercise) {
        return slot(session(week(profile, 1, exercise), 1), 1, exercise);
    }

    private static PatientProfile restricted(RestrictionType type, Integer untilWeek) {
        return aProfile().weeksOut(2).restriction(Restriction.of(type, untilWeek)).build();
    }

    @Nested
    class Abilities {
        private final Exercise lyingOnBack = exercise("bridge").position(Position.SUPINE).build();
        private final Exercise seated = exercise("seated-row").position(Position.SEATED).build();
        private final Exercise freeStanding = exercise("standing-band-row").position(Position.STANDING).build();
        private final Exercise heldStanding = exercise("heel-raises").position(Position.STANDING)
                .support(StandingSupport.HOLD).needs(Equipment.COUNTER).build();
        private final Exercise heldButWobbly = exercise("tandem-stance").position(Position.STANDING)
                .support(StandingSupport.HOLD).balance(BalanceDemand.MODERATE).build();
        private final Exercise walking = exercise("walking").position(Position.WALKING)
                .support(StandingSupport.WALKING_AID).build();
        private final Exercise push = exercise("wall-push-up").position(Position.STANDING)
                .support(StandingSupport.HOLD).moves(Movement.PUSH).build();
        private final Exercise pull = exercise("band-row").moves(Movement.PULL).build();

        @Test
        void lyingOnTheBackIsPenalisedWhenThePatientCannotLieOnTheBack() {
            verifier.verifyThat(PlanConstraints::cannotLieOnBack)
                    .given(placed(aProfile().weeksOut(2).cannotLieOnBack().build(), lyingOnBack)).penalizesBy(1);
        }

        @Test
        void lyingOnTheBackIsAllowedWhenNothingIsSaidOrThePatientCan() {
            verifier.verifyThat(PlanConstraints::cannotLieOnBack)
                    .given(placed(aProfile().weeksOut(2).build(), lyingOnBack),
                            placed(aProfile().weeksOut(2).cannotLieOnBack().build(), seated)).penalizesBy(0);
        }

        @Test
        void standingWithoutHoldingOnIsPenalisedWhenThePatientStandsOnlyWithHelp() {
            PatientProfile helped = aProfile().weeksOut(2).standsWithHelpOnly().build();
            verifier.verifyThat(PlanConstraints::standsOnlyWithHelp)
                    .given(placed(helped, freeStanding), placed(helped, walking), placed(helped, heldButWobbly))
                    .penalizesBy(3);
        }

        @Test
        void heldSteadyStandingAndSeatedWorkAreAllowedWhenThePatientStandsOnlyWithHelp() {
            PatientProfile helped = aProfile().weeksOut(2).standsWithHelpOnly().build();
            verifier.verifyThat(PlanConstraints::standsOnlyWithHelp)
                    .given(placed(helped, heldStanding), placed(helped, seated)).penalizesBy(0);
        }

        @Test
        void standingWithBothHandsBusyIsPenalisedForAPatientWithAWalkingAid() {
            verifier.verifyThat(PlanConstraints::walkingAidNeedsAHand)
                    .given(placed(aProfile().weeksOut(2).walkingAid().build(), freeStanding)).penalizesBy(1);
        }

        @Test
        void heldStandingAndWalkingWithTheAidAreAllowedForAPatientWithAWalkingAid() {
            PatientProfile aided = aProfile().weeksOut(2).walkingAid().build();
            verifier.verifyThat(PlanConstraints::walkingAidNeedsAHand)
                    .given(placed(aided, heldStanding), placed(aided, walking), placed(aided, seated)).penalizesBy(0);
        }

        @Test
        void pushingAndPullingArePenalisedWhenThePatientMustNotPushOrPull() {
            PatientProfile noPushPull = aProfile().weeksOut(2).noPushPull().build();
            verifier.verifyThat(PlanConstraints::noPushPull)
                    .given(placed(noPushPull, push), placed(noPushPull, pull)).penalizesBy(2);
        }

        @Test
        void pushingAndPullingAreAllowedWithoutThatLimit() {
            verifier.verifyThat(PlanConstraints::noPushPull)
                    .given(placed(aProfile().weeksOut(2).build(), push),
                            placed(aProfile().weeksOut(2).noPushPull().build(), seated)).penalizesBy(0);
        }

        @Test
        void aChairBackStairsOrAStrapThePatientLacksArePenalised() {
            PatientProfile chairOnly = aProfile().weeksOut(2).equipment(Equipment.CHAIR).build();
            verifier.verifyThat(PlanConstraints::missingEquipment)
                    .given(placed(chairOnly, exercise("chair-supported-stance").needs(Equipment.CHAIR_BACK).build()),
                            placed(chairOnly, exercise("stair-walking").needs(Equipment.STAIRS).build()),
                            placed(chairOnly, exercise("strap-stretch").needs(Equipment.STRAP).build()))
                    .penalizesBy(3);
        }

        @Test
        void eachAbilityRuleSaysWhyInATherapistsWords() {
            PatientProfile limited = aProfile().weeksOut(2).cannotLieOnBack().standsWithHelpOnly().walkingAid()
                    .noPushPull().build();
            PlanWeek week = week(limited, 1, lyingOnBack, freeStanding, push);
            assertThat(Words.english(catalogOf(lyingOnBack, freeStanding, push), SafetyRule.reasonsAgainst(lyingOnBack, week)))
                    .contains("Bridge is done lying on the back, which the patient cannot do");
            assertThat(Words.english(catalogOf(lyingOnBack, freeStanding, push), SafetyRule.reasonsAgainst(freeStanding, week))).contains(
                    "Standing band row is done standing or walking without holding on; the patient stands only with help",
                    "Standing band row is done standing with no hand free for support; the patient walks with an aid");
            assertThat(Words.english(catalogOf(lyingOnBack, freeStanding, push), SafetyRule.reasonsAgainst(push, week)))
                    .contains("Wall push up pushes against resistance: no pushing or pulling for this patient");
        }
    }

    @Nested
    class Restrictions {
        private final Exercise bend = exercise("toe-reach").moves(Movement.SPINAL_FLEXION).build();
        private final Exercise twist = exercise("trunk-twist").moves(Movement.SPINAL_ROTATION).build();
        private final Exercise sideBend = exercise("side-bend").moves(Movement.SIDE_BENDING).build();
        private final Exercise jump = exercise("jumping").moves(Movement.IMPACT).build();
        private final Exercise press = exercise("overhead-press").moves(Movement.OVERHEAD_LOAD).build();
        private final Exercise prone = exercise("prone-lift").position(Position.PRONE).build();

        @Test
        void bendingIsPenalisedWhileNoBendingHolds() {
            verifier.verifyThat(PlanConstraints::noSpinalFlexion)
                    .given(placed(restricted(RestrictionType.NO_SPINAL_FLEXION, 12), bend)).penalizesBy(1);
        }

        @Test
        void bendingIsAllowedOnceNoBendingHasExpired() {
            verifier.verifyThat(PlanConstraints::noSpinalFlexion)
                    .given(placed(restricted(RestrictionType.NO_SPINAL_FLEXION, 2), bend)).penalizesBy(0);
        }

        @Test
        void twistingIsPenalisedWhileNoTwistingHolds() {
            verifier.verifyThat(PlanConstraints::noSpinalRotation)
                    .given(placed(restricted(RestrictionType.NO_SPINAL_ROTATION, null), twist)).penalizesBy(1);
        }

        @Test
        void exercisesWithoutTwistAreAllowedUnderNoTwisting() {
            verifier.verifyThat(PlanConstraints::noSpinalRotation)
                    .given(placed(restricted(RestrictionType.NO_SPINAL_ROTATION, null), bend)).penalizesBy(0);
        }

        @Test
        void sideBendingIsPenalisedWhileRestricted() {
            verifier.verifyThat(PlanConstraints::noSideBending)
                    .given(placed(restricted(RestrictionType.NO_SIDE_BENDING, null), sideBend)).penalizesBy(1);
        }

        @Test
        void sideBendingIsAllowedWithoutTheRestriction() {
            verifier.verifyThat(PlanConstraints::noSideBending)
                    .given(placed(aProfile().weeksOut(2).build(), sideBend)).penalizesBy(0);
        }

        @Test
        void impactIsPenalisedWhileRestricted() {
            verifier.verifyThat(PlanConstraints::noImpact)
                    .given(placed(restricted(RestrictionType.NO_IMPACT, null), jump)).penalizesBy(1);
        }

        @Test
        void impactIsAllowedWithoutTheRestriction() {
            verifier.verifyThat(PlanConstraints::noImpact)
                    .given(placed(aProfile().weeksOut(2).build(), jump)).penalizesBy(0);
        }

        @Test
        void overheadLoadIsPenalisedWhileRestricted() {
            verifier.verifyThat(PlanConstraints::noOverheadLoad)
                    .given(placed(restricted(RestrictionType.NO_OVERHEAD_LOAD, 6), press)).penalizesBy(1);
        }

        @Test
        void overheadLoadIsAllowedAfterTheRestrictionEnds() {
            PatientProfile tenWeeksOut = aProfile().weeksOut(10)
                    .restriction(Restriction.of(RestrictionType.NO_OVERHEAD_LOAD, 6)).build();
            verifier.verifyThat(PlanConstraints::noOverheadLoad).given(placed(tenWeeksOut, press)).penalizesBy(0);
        }

        @Test
        void proneIsPenalisedWhileNoProneHolds() {
            verifier.verifyThat(PlanConstraints::noProneWhileRestricted)
                    .given(placed(restricted(RestrictionType.NO_PRONE, 4), prone)).penalizesBy(1);
        }

        @Test
        void proneIsAllowedOnceNoProneHasExpired() {
            verifier.verifyThat(PlanConstraints::noProneWhileRestricted)
                    .given(placed(restricted(RestrictionType.NO_PRONE, 2), prone)).penalizesBy(0);
        }

        @Test
        void loadAboveAnyActiveLiftLimitIsPenalised() {
            PatientProfile profile = aProfile().weeksOut(2).restriction(Restriction.liftLimit(4.5, null))
                    .restriction(Restriction.liftLimit(2.0, 6)).build();
            Exercise carry = exercise("carry").load(3).build();
            verifier.verifyThat(PlanConstraints::liftLimit).given(placed(profile, carry)).penalizesBy(1);
        }

        @Test
        void loadAtTheLiftLimitIsAllowed() {
            PatientProfile profile = aProfile().weeksOut(2).restriction(Restriction.liftLimit(2.0, null)).build();
            Exercise carry = exercise("carry").load(2).build();
            verifier.verifyThat(PlanConstraints::liftLimit).given(placed(profile, carry)).penalizesBy(0);
        }

        @Test
        void anExcludedExerciseIsPenalised() {
            PatientProfile profile = aProfile().weeksOut(2).restriction(Restriction.exclude("toe-reach")).build();
            verifier.verifyThat(PlanConstraints::excludedByTherapist).given(placed(profile, bend)).penalizesBy(1);
        }

        @Test
        void excludingOneExerciseLeavesOthersAlone() {
            PatientProfile profile = aProfile().weeksOut(2).restriction(Restriction.exclude("toe-reach")).build();
            verifier.verifyThat(PlanConstraints::excludedByTherapist).given(placed(profile, twist)).penalizesBy(0);
        }
    }

    @Nested
    class PatientLimits {
        private final PatientProfile profile = aProfile().weeksOut(2).build();

        @Test
        void aContraindicatedExerciseIsAlwaysPenalised() {
            Exercise situp = exercise("sit-up").moves(Movement.SPINAL_FLEXION).contraindicated().build();
            verifier.verifyThat(PlanConstraints::contraindicated).given(placed(profile, situp)).penalizesBy(1);
        }

        @Test
        void anExerciseIsContraindicatedOnlyWhenThePatientsProtocolHasThatCondition() {
            Exercise heelDrops = exercise("heel-drops").moves(Movement.IMPACT).contraindicated().build();
            PlanWeek osteoporosisOnly = Fixtures.week(Fixtures.protocolFor("OSTEOPOROSIS"),
                    profile, 1, heelDrops);
            verifier.verifyThat(PlanConstraints::contraindicated)
                    .given(slot(session(osteoporosisOnly, 1), 1, heelDrops)).penalizesBy(0);
            verifier.verifyThat(PlanConstraints::contraindicated)
                    .given(placed(profile, heelDrops)).penalizesBy(1);
        }

        @Test
        void anExerciseWithoutContraindicationIsNotPenalised() {
            verifier.verifyThat(PlanConstraints::contraindicated)
                    .given(placed(profile, exercise("chin-tuck").build())).penalizesBy(0);
        }

        @Test
        void anExerciseBeforeItsEarliestWeekIsPenalised() {
            verifier.verifyThat(PlanConstraints::tooEarly)
                    .given(placed(profile, exercise("prone-lift").from(6).build())).penalizesBy(1);
        }

        @Test
        void anExerciseFromItsEarliestWeekOnIsAllowed() {
            verifier.verifyThat(PlanConstraints::tooEarly)
                    .given(placed(profile, exercise("bridge").from(2).build())).penalizesBy(0);
        }

        @Test
        void equipmentThePatientLacksIsPenalised() {
            PatientProfile chairOnly = aProfile().weeksOut(2).equipment(Equipment.CHAIR).build();
            verifier.verifyThat(PlanConstraints::missingEquipment)
                    .given(placed(chairOnly, exercise("band-row").needs(Equipment.CHAIR, Equipment.RESISTANCE_BAND)
                            .build())).penalizesBy(1);
        }

        @Test
        void equipmentThePatientHasIsAllowed() {
            PatientProfile chairOnly = aProfile().weeksOut(2).equipment(Equipment.CHAIR).build();
            verifier.verifyThat(PlanConstraints::missingEquipment)
                    .given(placed(chairOnly, exercise("sit-to-stand").needs(Equipment.CHAIR).build())).penalizesBy(0);
        }

        @Test
        void proneWorkIsPenalisedWhenNotTolerated() {
            verifier.verifyThat(PlanConstraints::proneNotTolerated)
                    .given(placed(aProfile().weeksOut(2).noProne().build(),
                            exercise("prone-lift").position(Position.PRONE).build())).penalizesBy(1);
        }

        @Test
        void proneWorkIsAllowedWhenTolerated() {
            verifier.verifyThat(PlanConstraints::proneNotTolerated)
                    .given(placed(profile, exercise("prone-lift").position(Position.PRONE).build())).penalizesBy(0);
        }

        @Test
        void floorWorkIsPenalisedWhenThePatientCannotGetDown() {
            PatientProfile noFloor = aProfile().weeksOut(2).noFloor().build();
            verifier.verifyThat(PlanConstraints::floorNotPossible)
                    .given(placed(noFloor, exercise("bird-dog").position(Position.QUADRUPED).build()),
                            placed(noFloor, exercise("floor-pick-up").position(Position.STANDING)
                                    .moves(Movement.FLOOR_TRANSFER).build()))
                    .penalizesBy(2);
        }

        @Test
        void bedExercisesAreAllowedWhenThePatientCannotGetDown() {
            PatientProfile noFloor = aProfile().weeksOut(2).noFloor().build();
            verifier.verifyThat(PlanConstraints::floorNotPossible)
                    .given(placed(noFloor, exercise("heel-slide").position(Position.SUPINE).build())).penalizesBy(0);
        }

        @Test
        void highFallRiskAllowsOnlyLowBalanceDemand() {
            PatientProfile high = aProfile().weeksOut(2).fallRisk(FallRisk.HIGH).build();
            verifier.verifyThat(PlanConstraints::balanceAboveFallRisk)
                    .given(placed(high, exercise("tandem").balance(BalanceDemand.MODERATE).build()),
                            placed(high, exercise("weight-shift").balance(BalanceDemand.LOW).build()))
                    .penalizesBy(1);
        }

        @Test
        void moderateFallRiskAllowsModerateButNotHighDemand() {
            PatientProfile moderate = aProfile().weeksOut(2).fallRisk(FallRisk.MODERATE).build();
            verifier.verifyThat(PlanConstraints::balanceAboveFallRisk)
                    .given(placed(moderate, exercise("tandem").balance(BalanceDemand.MODERATE).build()),
                            placed(moderate, exercise("one-leg").balance(BalanceDemand.HIGH).build()))
                    .penalizesBy(1);
        }

        @Test
        void levelAboveThePhaseMaximumIsPenalised() {
            verifier.verifyThat(PlanConstraints::levelAbovePhase)
                    .given(placed(profile, exercise("step-up").level(3).build())).penalizesBy(1);
        }

        @Test
        void levelAtThePhaseMaximumIsAllowed() {
            verifier.verifyThat(PlanConstraints::levelAbovePhase)
                    .given(placed(profile, exercise("bridge").level(2).build())).penalizesBy(0);
        }

        @Test
        void levelAboveWhatThePainAllowsIsPenalised() {
            PatientProfile severePain = aProfile().weeksOut(10).pain(8).build();
            verifier.verifyThat(PlanConstraints::levelAbovePainCap)
                    .given(placed(severePain, exercise("step-up").level(3).build())).penalizesBy(1);
        }

        @Test
        void levelWithinWhatThePainAllowsIsAllowed() {
            PatientProfile moderatePain = aProfile().weeksOut(10).pain(5).build();
            verifier.verifyThat(PlanConstraints::levelAbovePainCap)
                    .given(placed(moderatePain, exercise("step-up").level(3).build())).penalizesBy(0);
        }
    }

    @Nested
    class Sessions {
        private final Exercise walk = exercise("walk").category(Category.AEROBIC).timed(10, 20).build();
        private final Exercise tuck = exercise("chin-tuck").minutes(3).build();
        private final PlanWeek week = week(aProfile().weeksOut(2).build(), 1, walk, tuck);

        @Test
        void minutesOverTheSessionBudgetArePenalisedOneEach() {
            Session session = session(week, 1, 12);
            verifier.verifyThat(PlanConstraints::sessionOverTimeBudget)
                    .given(session, slot(session, 1, walk), slot(session, 2, tuck)).penalizesBy(1);
        }

        @Test
        void aSessionWithinItsBudgetIsNotPenalised() {
            Session session = session(week, 1, 30);
            verifier.verifyThat(PlanConstraints::sessionOverTimeBudget)
                    .given(session, slot(session, 1, walk), slot(session, 2, tuck)).penalizesBy(0);
        }

        @Test
        void theSameExerciseTwiceInASessionIsPenalised() {
            Session session = session(week, 1);
            verifier.verifyThat(PlanConstraints::sameExerciseTwiceInSession)
                    .given(slot(session, 1, tuck), slot(session, 2, tuck)).penalizesBy(1);
        }

        @Test
        void theSameExerciseInTwoSessionsIsFine() {
            verifier.verifyThat(PlanConstraints::sameExerciseTwiceInSession)
                    .given(slot(session(week, 1), 1, tuck), slot(session(week, 2), 1, tuck)).penalizesBy(0);
        }

        @Test
        void aSessionWithNoExerciseIsPenalised() {
            Session session = session(week, 1);
            verifier.verifyThat(PlanConstraints::emptySession)
                    .given(session, slot(session, 1, null), slot(session, 2, null)).penalizesBy(1);
        }

        @Test
        void aSessionWithAnExerciseIsNotEmpty() {
            Session session = session(week, 1);
            verifier.verifyThat(PlanConstraints::emptySession)
                    .given(session, slot(session, 1, tuck), slot(session, 2, null)).penalizesBy(0);
        }
    }

    /** Week 1 of a plan two weeks after the procedure: Early strengthening asks one extensor exercise per
     * session, balance in two sessions and 20 aerobic minutes a week (see {@link Fixtures#PROTOCOL}). */
    @Nested
    class Prescription {
        private final Exercise extensor = exercise("chair-extension").category(Category.SPINAL_EXTENSOR).build();
        private final Exercise balance = exercise("weight-shift").category(Category.BALANCE).build();
        private final Exercise walk = exercise("walk").category(Category.AEROBIC).timed(8, 8).build();
        private final Exercise longWalk = exercise("long-walk").category(Category.AEROBIC).timed(10, 10).build();
        private final PlanWeek week = week(aProfile().weeksOut(2).build(), 1, extensor, balance, walk, longWalk);

        @Test
        void aSessionWithoutItsPhaseCategoryIsPenalised() {
            Session session = session(week, 1);
            verifier.verifyThat(PlanConstraints::sessionTargetMissed)
                    .given(slot(session, 1, balance), slot(session, 2, null))
                    .penalizesBy(1);
        }

        @Test
        void aSessionWithItsPhaseCategoryIsNotPenalised() {
            Session session = session(week, 1);
            verifier.verifyThat(PlanConstraints::sessionTargetMissed)
                    .given(slot(session, 1, extensor), slot(session, 2, null))
                    .penalizesBy(0);
        }

        @Test
        void aWeekWithTooFewBalanceSessionsIsPenalisedPerMissingSession() {
            Session monday = session(week, 1);
            Session wednesday = session(week, 2);
            verifier.verifyThat(PlanConstraints::weekSessionsTargetMissed)
                    .given(slot(monday, 1, balance), slot(monday, 2, extensor), slot(wednesday, 1, extensor))
                    .penalizesBy(1);
        }

        @Test
        void balanceTwiceInOneSessionCountsAsOneSession() {
            Session monday = session(week, 1);
            verifier.verifyThat(PlanConstraints::weekSessionsTargetMissed)
                    .given(slot(monday, 1, balance), slot(monday, 2, balance))
                    .penalizesBy(1);
        }

        @Test
        void aWeekWithEnoughBalanceSessionsIsNotPenalised() {
            verifier.verifyThat(PlanConstraints::weekSessionsTargetMissed)
                    .given(slot(session(week, 1), 1, balance), slot(session(week, 2), 1, balance))
                    .penalizesBy(0);
        }

        @Test
        void aWeekShortOfAerobicMinutesIsPenalisedPerMinute() {
            verifier.verifyThat(PlanConstraints::weekMinutesTargetMissed)
                    .given(slot(session(week, 1), 1, walk), slot(session(week, 2), 1, null))
                    .penalizesBy(20 - 8);
        }

        @Test
        void aWeekWithEnoughAerobicMinutesIsNotPenalised() {
            verifier.verifyThat(PlanConstraints::weekMinutesTargetMissed)
                    .given(slot(session(week, 1), 1, longWalk), slot(session(week, 2), 1, longWalk))
                    .penalizesBy(0);
        }
    }

    @Nested
    class KeyExercises {
        private final PatientProfile profile = aProfile().weeksOut(4).sessions(3).build();
        private final Exercise standUp = exercise("stand-up").category(Category.LOWER_LIMB).build();
        private final Exercise other = exercise("other").category(Category.LOWER_LIMB).build();

        @Test
        void aWeekShortOfTheProtocolsKeyExerciseIsPenalisedPerMissingSession() {
            PlanWeek week = week(profile, 1, standUp, other);
            verifier.verifyThat(PlanConstraints::keyExerciseMissed)
                    .given(slot(session(week, 1), 1, standUp), slot(session(week, 2), 1, other),
                            slot(session(week, 3), 1, null))
                    .penalizesBy(1);
        }

        @Test
        void aWeekWithTheKeyExerciseInAsManySessionsAsAskedIsNotPenalised() {
            PlanWeek week = week(profile, 1, standUp, other);
            verifier.verifyThat(PlanConstraints::keyExerciseMissed)
                    .given(slot(session(week, 1), 1, standUp), slot(session(week, 3), 1, standUp))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Quality {
        private final PatientProfile profile = aProfile().weeksOut(10).build();
        private final Exercise easy = exercise("easy").category(Category.LOWER_LIMB).level(1).build();
        private final Exercise medium = exercise("medium").category(Category.LOWER_LIMB).level(2).build();
        private final Exercise hard = exercise("hard").category(Category.LOWER_LIMB).level(3).build();

        @Test
        void jumpingTwoLevelsInACategoryFromOneWeekToTheNextIsPenalised() {
            PlanWeek first = week(profile, 1, easy, hard);
            PlanWeek second = week(profile, 2, easy, hard);
            verifier.verifyThat(PlanConstraints::levelJumpBetweenWeeks)
                    .given(slot(session(first, 1), 1, easy), slot(session(second, 1), 1, hard))
                    .penalizesBy(PlanConstraints.LEVEL_JUMP_WEIGHT);
        }

        @Test
        void climbingOneLevelAWeekIsNotPenalised() {
            PlanWeek first = week(profile, 1, easy, medium);
            PlanWeek second = week(profile, 2, easy, medium);
            verifier.verifyThat(PlanConstraints::levelJumpBetweenWeeks)
                    .given(slot(session(first, 1), 1, easy), slot(session(second, 1), 1, medium))
                    .penalizesBy(0);
        }

        /** Two weeks out the Early strengthening ramp starts: the dose climbs one step a week from the bottom. */
        @Test
        void anExerciseResumedAfterABreakAtAHigherDoseIsPenalisedPerStepBeyondOne() {
            PatientProfile early = aProfile().weeksOut(2).build();
            PlanWeek first = week(early, 1, easy);
            PlanWeek fourth = week(early, 4, easy);
            int steps = fourth.of(easy).doseStep() - 1; // back from nothing, one step is allowed
            assertThat(fourth.of(easy).doseStep()).isGreaterThan(first.of(easy).doseStep() + 1);
            verifier.verifyThat(PlanConstraints::doseJumpBetweenWeeks)
                    .given(slot(session(first, 1), 1, easy), slot(session(fourth, 1), 1, easy))
                    .penalizesBy(steps * PlanConstraints.DOSE_JUMP_WEIGHT);
        }

        @Test
        void anExerciseWhoseDoseClimbsOneStepAWeekIsNotPenalised() {
            PatientProfile early = aProfile().weeksOut(2).build();
            verifier.verifyThat(PlanConstraints::doseJumpBetweenWeeks)
                    .given(slot(session(week(early, 1, easy), 1), 1, easy),
                            slot(session(week(early, 2, easy), 1), 1, easy),
                            slot(session(week(early, 3, easy), 1), 1, easy),
                            slot(session(week(early, 4, easy), 1), 1, easy))
                    .penalizesBy(0);
        }

        @Test
        void aCategoryWhoseHardestExerciseGetsEasierThanLastWeekIsPenalisedPerLevel() {
            PlanWeek first = week(profile, 1, easy, hard);
            PlanWeek second = week(profile, 2, easy, hard);
            verifier.verifyThat(PlanConstraints::levelDropBetweenWeeks)
                    .given(slot(session(first, 1), 1, hard), slot(session(second, 1), 1, easy))
                    .penalizesBy(2 * PlanConstraints.LEVEL_DROP_WEIGHT);
        }

        @Test
        void aCategorysWeeklyWorkFallingWithoutAHigherLevelOrAStatedReasonIsPenalised() {
            PlanWeek first = week(aProfile().weeksOut(10).weeks(2).build(), 1, easy, medium);
            PlanWeek second = first.next();
            assertThat(second.of(easy).volume()).isLessThan(2 * first.of(easy).volume());
            assertThat(second.stepsBackFrom(first, Category.LOWER_LIMB)).isFalse();
            verifier.verifyThat(PlanConstraints::volumeFallBetweenWeeks)
                    .given(slot(session(first, 1), 1, easy), slot(session(first, 2), 1, easy),
                            slot(session(second, 1), 1, easy))
                    .penalizesBy(PlanConstraints.VOLUME_FALL_WEIGHT);
        }

        @Test
        void lessWorkAtAHigherLevelOrMoreWorkAtTheSameLevelIsNotAnUnexplainedFall() {
            PlanWeek first = week(aProfile().weeksOut(10).weeks(2).build(), 1, easy, medium);
            PlanWeek second = first.next();
            assertThat(second.of(medium).volume()).isLessThan(2 * first.of(easy).volume());
            verifier.verifyThat(PlanConstraints::volumeFallBetweenWeeks)
                    .given(slot(session(first, 1), 1, easy), slot(session(first, 2), 1, easy),
                            slot(session(second, 1), 1, medium))
                    .penalizesBy(0);
            verifier.verifyThat(PlanConstraints::volumeFallBetweenWeeks)
                    .given(slot(session(first, 1), 1, easy), slot(session(second, 1), 1, easy),
                            slot(session(second, 2), 1, easy))
                    .penalizesBy(0);
        }

        @Test
        void keepingOrRaisingACategorysHardestLevelIsNotPenalised() {
            PlanWeek first = week(profile, 1, easy, medium);
            PlanWeek second = week(profile, 2, easy, medium);
            verifier.verifyThat(PlanConstraints::levelDropBetweenWeeks)
                    .given(slot(session(first, 1), 1, easy), slot(session(second, 1), 1, medium),
                            slot(session(second, 2), 1, easy))
                    .penalizesBy(0);
        }

        @Test
        void repeatingTheSameExercisesWithinAWeekCostsLessThanChangingThem() {
            PlanWeek week = week(profile, 1, easy, medium);
            verifier.verifyThat(PlanConstraints::consistentRoutineWithinWeek)
                    .given(slot(session(week, 1), 1, easy), slot(session(week, 2), 1, easy))
                    .penalizesBy(PlanConstraints.DISTINCT_PER_WEEK_WEIGHT);
            verifier.verifyThat(PlanConstraints::consistentRoutineWithinWeek)
                    .given(slot(session(week, 1), 1, easy), slot(session(week, 2), 1, medium))
                    .penalizesBy(2 * PlanConstraints.DISTINCT_PER_WEEK_WEIGHT);
        }

        @Test
        void aWeekOfEmptySlotsHasNoRoutineCost() {
            PlanWeek week = week(profile, 1, easy);
            verifier.verifyThat(PlanConstraints::consistentRoutineWithinWeek)
                    .given(slot(session(week, 1), 1, null), slot(session(week, 2), 1, null))
                    .penalizesBy(0);
        }

        @Test
        void aFamilyDoneInFewerSessionsThanLastWeekWhileItCouldGoOnIsPenalisedPerSession() {
            PlanWeek first = week(aProfile().weeksOut(10).weeks(2).build(), 1, easy);
            PlanWeek second = first.next();
            verifier.verifyThat(PlanConstraints::routineCarriesOver)
                    .given(slot(session(first, 1), 1, easy), slot(session(first, 2), 1, easy),
                            slot(session(second, 1), 1, easy))
                    .penalizesBy(PlanConstraints.ROUTINE_DROP_WEIGHT);
        }

        @Test
        void aFamilyThatCarriesOverIntoAsManySessionsIsNotPenalised() {
            PlanWeek first = week(aProfile().weeksOut(10).weeks(2).build(), 1, easy);
            PlanWeek second = first.next();
            verifier.verifyThat(PlanConstraints::routineCarriesOver)
                    .given(slot(session(first, 1), 1, easy), slot(session(second, 1), 1, easy))
                    .penalizesBy(0);
        }

        @Test
        void aFamilyLeftOutOnlyInThePlansLastWeekHasNothingToCarryInto() {
            PlanWeek last = week(aProfile().weeksOut(10).weeks(1).build(), 1, easy);
            verifier.verifyThat(PlanConstraints::routineCarriesOver)
                    .given(slot(session(last, 1), 1, easy)).penalizesBy(0);
        }

        @Test
        void aFavouriteExerciseIsRewarded() {
            PatientProfile likesEasy = aProfile().weeksOut(10).favourite("easy").build();
            verifier.verifyThat(PlanConstraints::therapistFavourite)
                    .given(slot(session(week(likesEasy, 1, easy), 1), 1, easy))
                    .rewardsWith(PlanConstraints.FAVOURITE_WEIGHT);
        }

        @Test
        void anExerciseThatIsNotAFavouriteEarnsNothing() {
            PatientProfile likesEasy = aProfile().weeksOut(10).favourite("easy").build();
            verifier.verifyThat(PlanConstraints::therapistFavourite)
                    .given(slot(session(week(likesEasy, 1, medium), 1), 1, medium)).rewardsWith(0);
        }

        @Test
        void unusedMinutesInASessionArePenalised() {
            Session session = session(week(profile, 1, easy), 1, 10);
            int used = slot(session, 1, easy).getMinutes();
            verifier.verifyThat(PlanConstraints::unusedSessionTime)
                    .given(session, slot(session, 1, easy), slot(session, 2, null))
                    .penalizesBy((10 - used) * PlanConstraints.UNUSED_MINUTE_WEIGHT);
        }

        @Test
        void minutesOfAPassiveItemDoNotCountAsTimeUsedWell() {
            Exercise rest = exercise("rest").category(Category.POSTURE).timed(5, 5).passive().build();
            Session session = session(week(profile, 1, easy, rest), 1, 10);
            int active = slot(session, 1, easy).getMinutes();
            verifier.verifyThat(PlanConstraints::unusedSessionTime)
                    .given(session, slot(session, 1, easy), slot(session, 2, rest))
                    .penalizesBy((10 - active) * PlanConstraints.UNUSED_MINUTE_WEIGHT);
        }

        @Test
        void aFullSessionHasNoUnusedTimePenalty() {
            Exercise walk = exercise("walk").category(Category.AEROBIC).timed(10, 10).build();
            Session session = session(week(profile, 1, walk), 1, 10);
            verifier.verifyThat(PlanConstraints::unusedSessionTime)
                    .given(session, slot(session, 1, walk)).penalizesBy(0);
        }
    }

    private static org.rehabplan.catalog.Catalog catalogOf(Exercise... exercises) {
        return new org.rehabplan.catalog.Catalog(java.util.List.of(exercises));
    }
}
