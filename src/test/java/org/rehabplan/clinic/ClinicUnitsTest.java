package org.rehabplan.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** Lift limits in pounds too: a clinic setting, configured by default and changed by an admin. */
// its own database: the saved clinic row must not leak into other tests' handouts
@SpringBootTest(properties = {"rehabplan.clinic.name=Lakeside PT", "rehabplan.clinic.phone=+1 555 0100",
        "rehabplan.clinic.units=KG_AND_LB", "spring.datasource.url=jdbc:h2:mem:clinic-units-test;DB_CLOSE_DELAY=-1"})
@DirtiesContext
class ClinicUnitsTest {

    @Autowired
    ClinicService clinic;

    @Test
    @WithMockUser(username = "clinic-admin", roles = "ADMIN")
    void theConfiguredUnitsHoldUntilAnAdminSavesOthersAndTheyAreKeptWithTheClinic() {
        assertThat(clinic.clinic().showsPounds()).isTrue();

        clinic.saveClinic(new ClinicDetails("Lakeside PT", "+1 555 0100", "", "", WeightUnits.KG));
        assertThat(clinic.clinic().units()).isEqualTo(WeightUnits.KG);

        clinic.saveClinic(new ClinicDetails("Lakeside PT", "+1 555 0100", "", "", WeightUnits.KG_AND_LB));
        assertThat(clinic.clinic().showsPounds()).isTrue();
    }

    @Test
    void detailsWithoutUnitsMeanKilogramsOnly() {
        assertThat(new ClinicDetails("A", "1", "", "").units()).isEqualTo(WeightUnits.KG);
        assertThat(new ClinicDetails("A", "1", "", "", null).showsPounds()).isFalse();
    }
}
