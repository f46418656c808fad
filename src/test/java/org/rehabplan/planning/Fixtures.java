package org.rehabplan.planning;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rehabplan.catalog.BalanceDemand;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Dose;
import org.rehabplan.catalog.DoseRange;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.Movement;
import org.rehabplan.catalog.Position;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.model.Session;
import org.rehabplan.planning.model.Slot;
import org.rehabplan.planning.service.PlanProblemFactory;
import org.rehabplan.protocol.CategoryTarget;
import org.rehabplan.protocol.KeyExercise;
import org.rehabplan.protocol.PainCap;
import org.rehabplan.protocol.Phase;
import org.rehabplan.protocol.ProgressionRule;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.RedFlag;

/** Small hand-made exercises, a four-phase protocol and helpers to place exercises in sessions, for solver tests. */
public final class Fixtures {

    public static final Protocol PROTOCOL = new Protocol("test", "Test protocol", "A test condition", "For tests",
            Set.of("VERTEBRAL_FRACTURE"), java.util.Map.of(Protocol.ENGLISH, new org.rehabplan.protocol.ProtocolTexts(
                    "Procedure date", "Weeks count from it", "weeks after the procedure",
                    "{weeks, plural, one {# week} other {# weeks}} after the procedure", "After your procedure",
                    List.of(), List.of(), null)), 6, 0, ProgressionRule.DEFAULT,
            List.of(new PainCap(7, 2, 0), new PainCap(4, 3, 2)), List.of(new RedFlag("REFER_BACK", 7, 6)), List.of(new KeyExercise("stand-up", 2, 0)), List.of(),
            List.of(new Phase("Protection", 0, 2, 1, "", List.of(new CategoryTarget(Category.POSTURE, 1, null, null)),
                            List.of(new CategoryTarget(Category.AEROBIC, null, 2, 10)), List.of(), List.of()),
                    new Phase("Early strengthening", 2, 6, 2, "",
                            List.of(new CategoryTarget(Category.SPINAL_EXTENSOR, 1, null, null)),
                            List.of(new CategoryTarget(Category.BALANCE, null, 2, null),
                                    new CategoryTarget(Category.AEROBIC, null, null, 20)), List.of(), List.of()),
                    new Phase("Progressive loading", 6, 12, 4, "", List.of(), List.of(), List.of(), List.of()),
                    new Phase("Long-term", 12, null, 5, "", List.of(), List.of(), List.of(), List.of())),
            List.of());

    private Fixtures() {
    }

    public static ExerciseBuilder exercise(String id) {
        return new ExerciseBuilder(id);
    }

    /** A week of {@code profile}'s plan, with doses and safe exercises worked out over {@code exercises}. */
    public static PlanWeek week(PatientProfile profile, int index, Exercise... exercises) {
        return new PlanProblemFactory(new Catalog(List.of(exercises)), PROTOCOL).week(profile, index);
    }

    /** {@link #PROTOCOL} for patients with other conditions (e.g. osteoporosis without a fracture). */
    public static Protocol protocolFor(String... conditions) {
        Protocol p = PROTOCOL;
        return new Protocol(p.id() + "-other", p.name(), p.condition(), p.description(), Set.of(conditions), p.texts(),
                p.maxExercisesPerSession(), p.warmUpMinutes(), p.progression(), p.painCaps(), p.redFlags(),
                p.keyExercises(), p.defaultRestrictions(), p.phases(), p.sources());
    }

    /** A week of {@code profile}'s plan under another protocol. */
    public static PlanWeek week(Protocol protocol, PatientProfile profile, int index, Exercise... exercises) {
        return new PlanProblemFactory(new Catalog(List.of(exercises)), protocol).week(profile, index);
    }

    public static Session session(PlanWeek week, int number) {
        return session(week, number, week.profile().minutesPerSession());
    }

    public static Session session(PlanWeek week, int number, int minutes) {
        return new Session("w" + week.index() + "s" + number, week, number,
                week.profile().effectiveSessionDays().get(number - 1), week.start(), minutes);
    }

    public static Slot slot(Session session, int position, Exercise exercise) {
        return new Slot(session, position, exercise, false);
    }

    public static final class ExerciseBuilder {
        private final String id;
        private Category category = Category.POSTURE;
        private Position position = Position.SEATED;
        private Set<Movement> movements = EnumSet.noneOf(Movement.class);
        private double load;
        private Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
        private int level = 1;
        private int minWeeks;
        private BalanceDemand balance = BalanceDemand.LOW;
        private Dose dose = new Dose(new DoseRange(1, 2), new DoseRange(8, 12), null, null);
        private double minutes = 3;
        private Set<Category> countsToward;
        private String progression;
        private String regression;
        private final Set<String> contraindicatedFor = new java.util.HashSet<>();

        private ExerciseBuilder(String id) {
            this.id = id;
        }

        public ExerciseBuilder category(Category category) {
            this.category = category;
            return this;
        }

        public ExerciseBuilder position(Position position) {
            this.position = position;
            return this;
        }

        public ExerciseBuilder moves(Movement... movements) {
            this.movements = EnumSet.copyOf(List.of(movements));
            return this;
        }

        public ExerciseBuilder load(double kg) {
            this.load = kg;
            return this;
        }

        public ExerciseBuilder needs(Equipment... equipment) {
            this.equipment = EnumSet.copyOf(List.of(equipment));
            return this;
        }

        public ExerciseBuilder level(int level) {
            this.level = level;
            return this;
        }

        public ExerciseBuilder from(int weeksAfterProcedure) {
            this.minWeeks = weeksAfterProcedure;
            return this;
        }

        private org.rehabplan.catalog.StandingSupport support;

        public ExerciseBuilder balance(BalanceDemand balance) {
            this.balance = balance;
            return this;
        }

        /** Standing or walking while holding a counter, chair back, rail or wall (or with a walking aid). */
        public ExerciseBuilder support(org.rehabplan.catalog.StandingSupport support) {
            this.support = support;
            return this;
        }

        public ExerciseBuilder timed(int minMinutes, int maxMinutes) {
            this.dose = new Dose(null, null, null, new DoseRange(minMinutes, maxMinutes));
            this.minutes = minMinutes;
            return this;
        }

        public ExerciseBuilder minutes(double minutes) {
            this.minutes = minutes;
            return this;
        }

        public ExerciseBuilder contraindicated() {
            this.contraindicatedFor.add("VERTEBRAL_FRACTURE");
            return this;
        }

        /** Counts toward no target (e.g. lying prone, glute squeezes). */
        public ExerciseBuilder passive() {
            this.countsToward = Set.of();
            return this;
        }

        public ExerciseBuilder countsToward(Category... categories) {
            this.countsToward = Set.of(categories);
            return this;
        }

        public ExerciseBuilder progressesTo(String id) {
            this.progression = id;
            return this;
        }

        public ExerciseBuilder regressesTo(String id) {
            this.regression = id;
            return this;
        }

        public Exercise build() {
            String name = Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
            // a counted dose whose starting dose (one set of the fewest repetitions) takes about {@code minutes}
            Double tempo = dose.reps() == null ? null : minutes * 60 / dose.reps().min();
            Double rest = dose.sets() == null ? null : 30.0;
            return new Exercise(id, name, category, countsToward == null ? Set.of(category) : countsToward, position,
                    movements, load, equipment, level, minWeeks, balance, support, dose, tempo, rest, progression, regression,
                    List.of("Do it."), List.of("Tall."), List.of("Stop if it hurts."), contraindicatedFor,
                    List.of("Test"));
        }
    }
}
