package org.rehabplan;

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
}
