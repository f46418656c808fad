package org.rehabplan.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Category;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.Position;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
class CatalogViewTest extends SpringBrowserlessTest {

    @Autowired
    Catalog catalog;

    @Autowired
    PatientService patients;

    private CatalogView view;

    @BeforeEach
    void open() {
        view = navigate(CatalogView.class);
    }

    private List<Exercise> shown() {
        return view.grid.getListDataView().getItems().toList();
    }

    @Test
    void filtersNarrowTheListByCategoryPositionEquipmentAndLevel() {
        test(view.category).selectItem(Category.BALANCE.label());
        assertThat(shown()).isNotEmpty().allMatch(e -> e.category() == Category.BALANCE);

        test(view.position).selectItem("Standing");
        test(view.maxLevel).setValue(2);
        assertThat(shown()).isNotEmpty()
                .allMatch(e -> e.position() == Position.STANDING && e.level() <= 2);

        view.equipment.setValue(Set.of(Equipment.COUNTER));
        assertThat(shown()).allMatch(e -> Set.of(Equipment.COUNTER).containsAll(e.equipment()));
    }

    @Test
    void searchFindsExercisesByNameOrInstruction() {
        Exercise any = catalog.exercises().get(3);
        test(view.text).setValue(any.name().toUpperCase());
        assertThat(shown()).contains(any);
    }

    @Test
    void theDetailSaysWhyAnExerciseWouldBeExcludedForAChosenPatient() {
        Exercise twisting = catalog.exercises().stream()
                .filter(e -> e.movements().contains(org.rehabplan.catalog.Movement.SPINAL_ROTATION))
                .findFirst().orElseThrow();
        patients.create(new PatientProfile("cat-" + System.nanoTime(), "Catalog Test Patient", null,
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16), 4, 3, null, 30, 3, FallRisk.LOW, true, true,
                Set.of(Equipment.values()), List.of(), List.of(Restriction.of(RestrictionType.NO_SPINAL_ROTATION, 12))),
                "therapist");
        navigate(org.rehabplan.caseload.ui.PatientListView.class);
        view = navigate(CatalogView.class); // the patient choice is read when the view opens

        test(view.grid).select(shown().indexOf(twisting));
        test(view.detail.patient).selectItem("Catalog Test Patient");

        assertThat($(H4.class).from(view.detail).all()).extracting(H4::getText)
                .contains("Why it would be excluded for Catalog Test Patient");
        assertThat($(ListItem.class).from(view.detail).all()).extracting(ListItem::getText)
                .anyMatch(reason -> reason.contains("no twisting"));
    }
}
