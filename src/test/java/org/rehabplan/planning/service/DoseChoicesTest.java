package org.rehabplan.planning.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.plan.EditedDose;
import org.rehabplan.planning.Fixtures;
import org.rehabplan.planning.model.Prescription;
import org.rehabplan.planning.service.DoseChoices.Part;

class DoseChoicesTest {

    private final Exercise walk = Fixtures.exercise("walk").timed(5, 20).build();
    private final Exercise row = Fixtures.exercise("row").build(); // 1–2 sets of 8–12

    private static EditedDose minutes(int m) {
        return new EditedDose(null, null, null, m);
    }

    @Test
    void onlyValuesInsideTheCatalogRangeThatFitTheSessionTimeAreOffered() {
        DoseChoices choices = new DoseChoices(walk, 1, minutes(8), minutes(8), 12, false);
        assertThat(choices.values(Part.MINUTES, choices.current())).containsExactly(5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(choices.allows(minutes(13))).as("over the session's time").isFalse();
        assertThat(choices.allows(minutes(4))).as("below the catalog range").isFalse();
    }

    @Test
    void whenThePainHoldsDosesTheDoseMayGoDownButNotUp() {
        DoseChoices choices = new DoseChoices(walk, 3, minutes(8), minutes(8), 60, true);
        assertThat(choices.values(Part.MINUTES, choices.current())).containsExactly(5, 6, 7, 8);
    }

    @Test
    void aDoseMustGiveEveryPartTheExerciseHasAndNoOther() {
        DoseChoices choices = new DoseChoices(row, 1, new EditedDose(1, 8, null, null),
                new EditedDose(1, 8, null, null), 60, false);
        assertThat(choices.parts()).containsExactly(Part.SETS, Part.REPS);
        assertThat(choices.allows(new EditedDose(2, 12, null, null))).isTrue();
        assertThat(choices.allows(new EditedDose(2, null, null, null))).as("repetitions missing").isFalse();
        assertThat(choices.allows(new EditedDose(2, 10, 5, null))).as("a hold it has no range for").isFalse();
        assertThat(choices.values(Part.SETS, choices.current())).containsExactly(1, 2);
        assertThat(choices.values(Part.REPS, choices.current())).containsExactly(8, 9, 10, 11, 12);
    }

    @Test
    void theEditedDoseTakesTheTimeItsPartsTake() {
        assertThat(Prescription.of(minutes(9), walk).durationMinutes()).isEqualTo(9);
        assertThat(Prescription.of(new EditedDose(2, 10, null, null), row).describe()).isEqualTo("2 × 10");
    }
}
