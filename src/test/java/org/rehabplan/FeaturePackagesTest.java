package org.rehabplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Feature packages (catalog, protocol, patient, visit, planning, plan, schedule, ...) form layers: a feature may use
 * the ones below it, never one that uses it back. Each feature's {@code ui} subpackage belongs to the feature.
 */
class FeaturePackagesTest {

    private final JavaClasses application = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rehabplan");

    @Test
    void noTwoFeaturePackagesDependOnEachOther() {
        slices().matching("org.rehabplan.(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .check(application);
    }

    /**
     * Planning is split like the solver quickstarts: {@code model} (the problem and its planning entities),
     * {@code constraints} (how a plan is scored), {@code solver} (how the search runs), {@code service} (solving,
     * explaining and editing plans for the rest of the application), {@code template} and {@code ui} on top.
     */
    @Test
    void noTwoPartsOfPlanningDependOnEachOther() {
        slices().matching("org.rehabplan.planning.(*)..").namingSlices("planning.$1")
                .should().beFreeOfCycles()
                .check(application);
    }

    @Test
    void thePlanningModelKnowsNothingOfHowPlansAreScoredSearchedOrServed() {
        noClasses().that().resideInAPackage("org.rehabplan.planning.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rehabplan.planning.constraints..",
                        "org.rehabplan.planning.solver..", "org.rehabplan.planning.service..",
                        "org.rehabplan.planning.template..", "org.rehabplan.planning.ui..")
                .check(application);
    }

    @Test
    void theConstraintsReadOnlyTheModel() {
        noClasses().that().resideInAPackage("org.rehabplan.planning.constraints..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rehabplan.planning.solver..",
                        "org.rehabplan.planning.service..", "org.rehabplan.planning.template..",
                        "org.rehabplan.planning.ui..")
                .check(application);
    }
}
