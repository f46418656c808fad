package org.rehabplan.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogTexts;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.MissingTranslation;
import org.rehabplan.catalog.picture.ExercisePictures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The catalog browser says which exercises a Spanish-reading patient would get in English, and which fields. */
@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
class CatalogMissingTextsViewTest extends SpringBrowserlessTest {

    @Autowired
    Catalog shipped;
    @Autowired
    ExerciseExclusions exclusions;
    @Autowired
    ExercisePictures pictures;

    @Test
    void theShippedCatalogShowsNoMissingTexts() {
        CatalogView view = new CatalogView(shipped, exclusions, pictures);

        assertThat(notes(view)).isEmpty();
    }

    @Test
    void anExerciseWithoutSpanishIsNamedAboveTheListAndInItsDetail() {
        Exercise first = shipped.exercises().get(0);
        Catalog incomplete = new Catalog(shipped.exercises(), new CatalogTexts(Map.of("es", Map.of()), List.of(
                new MissingTranslation("es", "aerobic.json", first.id(), "name"),
                new MissingTranslation("es", "aerobic.json", first.id(), "cues"))));
        CatalogView view = new CatalogView(incomplete, exclusions, pictures);

        assertThat(notes(view)).containsExactly("1 exercise has no complete Spanish text: patients reading Spanish "
                + "see the English there.");
        view.detail.show(first);
        assertThat(notes(view.detail)).containsExactly("No Spanish text yet for: name, cues. Patients reading "
                + "Spanish see the English there.");
    }

    private static List<String> notes(Component root) {
        return descendants(root).filter(c -> c instanceof Paragraph p && p.hasClassName("rp-texts-missing"))
                .map(c -> ((Paragraph) c).getText()).toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(CatalogMissingTextsViewTest::descendants));
    }
}
