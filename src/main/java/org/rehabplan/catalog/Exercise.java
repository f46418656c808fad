package org.rehabplan.catalog;

import java.util.List;
import java.util.Set;

/** One exercise of the catalog, as read from {@code exercises/*.json} (DESIGN.md contract). */
public record Exercise(
        String id,
        String name,
        Category category,
        Position position,
        Set<Movement> movements,
        double externalLoadKg,
        Set<Equipment> equipment,
        int level,
        int minWeeksAfterProcedure,
        BalanceDemand balanceDemand,
        Dose dose,
        double minutes,
        String progression,
        String regression,
        List<String> instructions,
        List<String> cues,
        List<String> precautions,
        List<String> contraindicatedFor,
        List<String> sources) {

    public Exercise {
        movements = movements == null ? Set.of() : Set.copyOf(movements);
        equipment = equipment == null ? Set.of() : Set.copyOf(equipment);
        instructions = instructions == null ? List.of() : List.copyOf(instructions);
        cues = cues == null ? List.of() : List.copyOf(cues);
        precautions = precautions == null ? List.of() : List.copyOf(precautions);
        contraindicatedFor = contraindicatedFor == null ? List.of() : List.copyOf(contraindicatedFor);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean isContraindicated() {
        return !contraindicatedFor.isEmpty();
    }

    public boolean has(Movement movement) {
        return movements.contains(movement);
    }

    @Override
    public String toString() {
        return id;
    }
}
