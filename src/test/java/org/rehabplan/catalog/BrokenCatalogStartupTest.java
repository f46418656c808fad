package org.rehabplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabplan.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.util.FileSystemUtils;

/** The application refuses to start on a broken copy of the shipped catalog, naming the file and the field. */
class BrokenCatalogStartupTest {

    @TempDir
    Path copy;

    @Test
    void startUpFailsOnABrokenCatalogNamingTheFileExerciseAndField() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("exercises"), copy);
        Path balance = copy.resolve("balance.json");
        Files.writeString(balance, Files.readString(balance).replaceFirst("\"level\": \\d", "\"level\": 9"));

        SpringApplication app = new SpringApplication(Application.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        assertThatThrownBy(() -> app.run("--rehabplan.catalog.location=file:" + copy + "/",
                "--spring.datasource.url=jdbc:h2:mem:broken-catalog", "--spring.main.banner-mode=off"))
                .hasRootCauseInstanceOf(InvalidCatalogException.class)
                .rootCause().hasMessageContaining("balance.json, exercise '")
                .hasMessageContaining("field 'level': must have a maximum value of 5 (found 9)");
    }

    @Test
    void theStartUpReportListsTheProblemsAndWhatToDo() {
        InvalidCatalogException problem = new InvalidCatalogException(java.util.List.of(
                new CatalogProblem("core.json", "exercise 'bridge' (item 4)", "level", "must be at most 5")));
        FailureAnalysis analysis = new InvalidCatalogFailureAnalyzer().analyze(new IllegalStateException(problem));
        assertThat(analysis.getDescription()).contains("core.json, exercise 'bridge' (item 4), field 'level'");
        assertThat(analysis.getAction()).contains("rehabplan.catalog.location");
    }
}
