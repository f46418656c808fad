package org.rehabplan.catalog;

import java.util.List;
import java.util.Set;

/** One exercise of the catalog, as read from {@code exercises/*.json} (DESIGN.md contract). */
public record Exercise(
        String id,
        String name,
        Category category,
        Set<Category> countsToward,
        Position position,
        Set<Movement> movements,
        double externalLoadKg,
        Set<Equipment> equipment,
        int level,
        int minWeeksAfterProcedure,
        BalanceDemand balanceDemand,
        StandingSupport standingSupport,
        Dose dose,
        Double tempoSeconds,
        Double restSeconds,
        String progression,
        String regression,
        List<String> instructions,
        List<String> cues,
        List<String> precautions,
        Set<String> contraindicatedFor,
        List<String> sources) {

    public Exercise {
        countsToward = countsToward == null ? Set.of() : Set.copyOf(countsToward);
        movements = movements == null ? Set.of() : Set.copyOf(movements);
        equipment = equipment == null ? Set.of() : Set.copyOf(equipment);
        instructions = instructions == null ? List.of() : List.copyOf(instructions);
        cues = cues == null ? List.of() : List.copyOf(cues);
        precautions = precautions == null ? List.of() : List.copyOf(precautions);
        contraindicatedFor = contraindicatedFor == null ? Set.of() : Set.copyOf(contraindicatedFor);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** Contraindicated for some condition (the catalog browser marks it; planning asks {@link #isContraindicatedFor(Set)}). */
    public boolean isContraindicated() {
        return !contraindicatedFor.isEmpty();
    }

    /** Contraindicated for a patient with any of these conditions (condition ids). */
    public boolean isContraindicatedFor(Set<String> conditions) {
        return contraindicatedFor.stream().anyMatch(conditions::contains);
    }

    /** Whether it counts toward a protocol target of this category (passive and education items count toward none). */
    public boolean countsToward(Category target) {
        return countsToward.contains(target);
    }

    /** Minutes one session takes at the starting dose (derived from the dose, see {@link DoseTime}). */
    public int minutes() {
        return DoseTime.minutes(DoseTime.startingSeconds(this));
    }

    /** Timed (walking, breathing for minutes) rather than counted in repetitions. */
    public boolean isTimed() {
        return dose.minutes() != null;
    }

    /** Done standing or walking (the abilities "stands only with help" and "walking aid" act on these). */
    public boolean isUpright() {
        return position == Position.STANDING || position == Position.WALKING;
    }

    /** Upright with one or both hands holding a counter, chair back, rail or wall throughout. */
    public boolean isHeldUpright() {
        return isUpright() && standingSupport == StandingSupport.HOLD;
    }

    public boolean has(Movement movement) {
        return movements.contains(movement);
    }

    @Override
    public String toString() {
        return id;
    }
}
