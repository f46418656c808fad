package org.rehabplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Clinical rules the shipped catalog ({@code exercises/}) keeps, beyond what the loader checks for any catalog. */
class ShippedCatalogTest {

    private static final Set<Category> STRENGTH = EnumSet.of(Category.SPINAL_EXTENSOR, Category.LOWER_LIMB,
            Category.UPPER_BACK_SHOULDER, Category.CORE_STABILITY);

    /** Warm-up, tolerance and education items: useful, but no strength or aerobic work (issue 9). */
    private static final List<String> PASSIVE = List.of("prone-lying-tolerance", "glute-sets", "quad-sets",
            "seated-marching", "supine-alignment-rest", "ankle-pumps");

    private final Catalog catalog = new CatalogLoader(JsonMapper.builder().findAndAddModules().build())
            .load("file:exercises/");

    private List<Exercise> schedulable() {
        return catalog.exercises().stream().filter(e -> !e.isContraindicated()).toList();
    }

    /**
     * One catalog serves every protocol (kyphoplasty, a fracture without surgery, osteoporosis without a fracture), so
     * what a patient reads of an exercise must not assume a procedure or a fracture: when an exercise may start is the
     * plan's business, said by the protocol's own words.
     */
    @Test
    void exerciseTextsThePatientReadsFitEveryProtocol() {
        Pattern oneProtocol = Pattern.compile("(?i)kyphoplast|vertebroplast|after the procedure|treated level|surgeon"
                + "|cifoplast|vertebroplast|de la intervención|vértebra tratada|cirujan");
        List<String> problems = new ArrayList<>();
        for (Exercise exercise : catalog.exercises()) {
            for (String language : List.of("en", "es")) {
                ExerciseText text = catalog.text(exercise, language);
                List<String> lines = new ArrayList<>(List.of(text.name()));
                lines.addAll(text.instructions());
                lines.addAll(text.cues());
                lines.addAll(text.precautions());
                lines.stream().filter(line -> oneProtocol.matcher(line).find())
                        .forEach(line -> problems.add(exercise.id() + " (" + language + "): " + line));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFamilyIsAChainWhoseLevelsRiseByAtMostOnePerLink() {
        List<String> problems = new ArrayList<>();
        for (ExerciseFamily family : catalog.families()) {
            List<Exercise> variants = family.variants();
            assertThat(variants.getFirst().regression()).as(family.id() + " starts at its easiest variant").isNull();
            assertThat(variants.getLast().progression()).as(family.id() + " ends at its hardest variant").isNull();
            for (int i = 1; i < variants.size(); i++) {
                Exercise easier = variants.get(i - 1);
                Exercise harder = variants.get(i);
                int rise = harder.level() - easier.level();
                if (rise < 0 || rise > 1) {
                    problems.add(easier.id() + " (level " + easier.level() + ") -> " + harder.id() + " (level "
                            + harder.level() + ")");
                }
                if (harder.minWeeksAfterProcedure() < easier.minWeeksAfterProcedure()) {
                    problems.add(harder.id() + " is allowed earlier than its regression " + easier.id());
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(catalog.families().stream().mapToInt(f -> f.variants().size()).sum()).isEqualTo(catalog.size());
    }

    @Test
    void theKeyFamiliesClimbWithinTheirOwnKindOfExercise() {
        assertThat(ids(catalog.familyOf(exercise("sit-to-stand")))).allMatch(id -> id.startsWith("sit-to-stand"))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(ids(catalog.familyOf(exercise("walking-program")))).containsExactly("walking-program", "brisk-walking");
        assertThat(catalog.familyOf(exercise("seated-marching")).variants()).hasSize(1);
        assertThat(catalog.familyOf(exercise("supine-head-shoulder-press")).variants())
                .noneMatch(e -> e.position() == Position.PRONE)
                .extracting(Exercise::position).startsWith(Position.SUPINE, Position.SEATED).contains(Position.STANDING);
        assertThat(catalog.familyOf(exercise("prone-head-lift")).variants())
                .allMatch(e -> e.position() == Position.PRONE);
    }

    @Test
    void everyStrengthExerciseThatCountsTowardAStrengthTargetHasAnEffectiveDose() {
        for (Exercise e : schedulable()) {
            if (!STRENGTH.contains(e.category()) || e.countsToward().stream().noneMatch(STRENGTH::contains)) {
                continue;
            }
            Dose dose = e.dose();
            boolean fiveReps = dose.reps() != null && dose.reps().min() >= 5;
            boolean holds = dose.reps() != null && dose.holdSeconds() != null && dose.holdSeconds().min() > 0;
            assertThat(fiveReps || holds).as(e.id() + ": at least one set of 5 repetitions, or holds").isTrue();
        }
    }

    @Test
    void passiveItemsCountTowardNoStrengthOrAerobicTarget() {
        for (String id : PASSIVE) {
            assertThat(exercise(id).countsToward()).as(id).isEmpty();
        }
        for (Exercise e : schedulable()) {
            if (e.isTimed()) {
                assertThat(e.countsToward()).as(e.id() + ": minutes of a timed item are no strength work")
                        .doesNotContainAnyElementsOf(STRENGTH);
            }
            if (e.countsToward(Category.AEROBIC)) {
                assertThat(e.isTimed() && e.position() == Position.WALKING).as(e.id() + ": aerobic work is walking for minutes")
                        .isTrue();
            }
        }
    }

    @Test
    void lowDemandBalanceWorkNeedsNothingButAChairOrNothingButAWall() {
        assertThat(lowDemandBalanceNeedingOnly(Equipment.CHAIR_BACK)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(lowDemandBalanceNeedingOnly(Equipment.WALL)).isNotEmpty();
        assertThat(catalog.familyOf(lowDemandBalanceNeedingOnly(Equipment.CHAIR_BACK).getFirst()).variants()
                .stream().filter(e -> e.balanceDemand() == BalanceDemand.LOW)).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void contraindicatedExercisesExplainWhyAndThoseNeverSafeForOsteoporosisAreNeverLinkedIntoAFamily() {
        List<Exercise> contraindicated = catalog.exercises().stream().filter(Exercise::isContraindicated).toList();
        assertThat(contraindicated).hasSizeGreaterThanOrEqualTo(25)
                .allMatch(e -> !e.precautions().isEmpty() && !e.sources().isEmpty());
        assertThat(contraindicated.stream().filter(e -> e.contraindicatedFor().contains("OSTEOPOROSIS")))
                .hasSizeGreaterThanOrEqualTo(25)
                .allMatch(e -> e.contraindicatedFor().containsAll(catalog.conditions().stream().map(Condition::id).toList()))
                .allMatch(e -> e.progression() == null && e.regression() == null);
    }

    @Test
    void everyImpactExerciseIsContraindicatedAfterAVertebralFractureAndSomeAreOpenToBonesWithoutOne() {
        List<Exercise> impact = catalog.exercises().stream().filter(e -> e.has(Movement.IMPACT)).toList();
        assertThat(impact).allMatch(e -> e.contraindicatedFor().contains("VERTEBRAL_FRACTURE"));
        assertThat(impact).filteredOn(e -> !e.contraindicatedFor().contains("OSTEOPOROSIS"))
                .extracting(Exercise::level).contains(2, 3);
    }

    private List<Exercise> lowDemandBalanceNeedingOnly(Equipment equipment) {
        return schedulable().stream()
                .filter(e -> e.countsToward(Category.BALANCE) && e.balanceDemand() == BalanceDemand.LOW)
                .filter(e -> e.equipment().equals(Set.of(equipment)))
                .toList();
    }

    private Exercise exercise(String id) {
        return catalog.find(id).orElseThrow(() -> new AssertionError("no exercise " + id));
    }

    private static List<String> ids(ExerciseFamily family) {
        return family.variants().stream().map(Exercise::id).toList();
    }
}
