package org.rehabplan.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogLoader;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.service.PlanProblemFactory;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The solver benchmark's problems: the benchmark patient (5 sessions of 40 minutes, moderate fall risk, all
 * equipment, the protocol's default restrictions, starting 2 weeks after the procedure) over any number of weeks, on
 * the real catalog or on a larger one made by cloning every exercise family under new ids.
 */
final class BenchmarkProblems {

    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    static final Catalog CATALOG = new CatalogLoader(MAPPER).load("file:exercises/");
    static final Protocol PROTOCOL = new ProtocolLoader(MAPPER).load("file:exercises/", CATALOG).get("kyphoplasty");

    private BenchmarkProblems() {
    }

    static PatientProfile profile(int weeks) {
        return new PatientProfile("bench", null, null, LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 24), weeks, 5, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), 40, 3, FallRisk.MODERATE, true, true,
                EnumSet.allOf(Equipment.class), List.of("walking-program"), PROTOCOL.defaultRestrictionsFrom(2));
    }

    static PlanProblemFactory factory(int catalogCopies) {
        return new PlanProblemFactory(catalog(catalogCopies), PROTOCOL);
    }

    static ExercisePlan problem(int weeks, int catalogCopies) {
        return factory(catalogCopies).create(profile(weeks), List.of());
    }

    /** The catalog with {@code copies − 1} clones of every exercise under new ids (links cloned with them). */
    static Catalog catalog(int copies) {
        if (copies <= 1) {
            return CATALOG;
        }
        List<Exercise> all = new ArrayList<>(CATALOG.exercises());
        for (int copy = 2; copy <= copies; copy++) {
            String suffix = "-copy" + copy;
            for (Exercise e : CATALOG.exercises()) {
                all.add(new Exercise(e.id() + suffix, e.name() + " " + copy, e.category(), e.countsToward(),
                        e.position(), e.movements(), e.externalLoadKg(), e.equipment(), e.level(),
                        e.minWeeksAfterProcedure(), e.balanceDemand(), e.standingSupport(), e.dose(), e.tempoSeconds(), e.restSeconds(),
                        e.progression() == null ? null : e.progression() + suffix,
                        e.regression() == null ? null : e.regression() + suffix, e.instructions(), e.cues(),
                        e.precautions(), e.contraindicatedFor(), e.sources()));
            }
        }
        return new Catalog(all);
    }
}
