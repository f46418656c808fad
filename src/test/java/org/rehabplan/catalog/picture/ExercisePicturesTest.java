package org.rehabplan.catalog.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogLoader;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.InvalidCatalogException;
import org.w3c.dom.Document;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class ExercisePicturesTest {

    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    private final Catalog catalog = new CatalogLoader(mapper).load("classpath:rehabplan/exercises/");
    private final ExercisePictures pictures = new ExercisePictures(mapper,
            "classpath:META-INF/resources/images/exercises/");

    @Test
    void everyExerciseInTheCatalogHasAPicture() {
        assertThat(PictureCheck.problems(catalog, pictures)).isEmpty();
        new PictureCheck(catalog, pictures);
    }

    @Test
    void anExerciseWithoutAPictureStopsStartUpNamingTheMissingFile() {
        Exercise first = catalog.exercises().get(0);
        ExercisePictures none = new ExercisePictures(Map.of());
        Catalog one = new Catalog(List.of(first));
        assertThatThrownBy(() -> new PictureCheck(one, none))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("frontend/images/exercises/" + first.id() + ".pose.json")
                .hasMessageContaining("has no picture");
    }

    @Test
    void everyPictureIsWellFormedSvgWithAStartAndAnEndFigureAndItsName() throws Exception {
        StringBuilder gallery = new StringBuilder("<html><body style='font:14px sans-serif'>");
        for (Exercise exercise : catalog.exercises()) {
            String svg = pictures.svg(exercise.id(), exercise.name() + " & co").orElseThrow();
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
            assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(exercise.name() + " & co");
            assertThat(doc.getElementsByTagName("circle").getLength()).as("two heads").isGreaterThanOrEqualTo(2);
            double width = Double.parseDouble(doc.getDocumentElement().getAttribute("width"));
            double height = Double.parseDouble(doc.getDocumentElement().getAttribute("height"));
            assertThat(width).as(exercise.id()).isBetween(100.0, 700.0);
            assertThat(height).as(exercise.id()).isBetween(40.0, 320.0);
            gallery.append("<div style='display:inline-block;margin:6px;border:1px solid #ccc;width:360px'><div>")
                    .append(exercise.id()).append("</div>").append(svg.replace("class=\"rp-picture\"",
                            "style=\"width:350px;height:auto\"")).append("</div>");
        }
        Files.writeString(Path.of("target/exercise-pictures.html"), gallery.append("</body></html>"));
    }
}
