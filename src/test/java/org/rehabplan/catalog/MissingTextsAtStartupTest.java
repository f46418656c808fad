package org.rehabplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Start-up says, as a warning, which exercise texts a patient would read in English instead of their language. */
@ExtendWith(OutputCaptureExtension.class)
class MissingTextsAtStartupTest {

    @Test
    void missingSpanishTextsAreLoggedAsAWarningByFileExerciseAndField(CapturedOutput output) {
        CatalogConfiguration.warnAboutMissingTexts(List.of(
                new MissingTranslation("es", "balance.json", "tandem-stance", "name"),
                new MissingTranslation("es", "balance.json", "tandem-stance", "cues"),
                new MissingTranslation("es", "posture.json", "wall-stand", "precautions")));

        assertThat(output.getAll()).contains("WARN").contains("Exercise texts missing in 'es' (2 exercises)")
                .contains("balance.json, exercise 'tandem-stance', field 'cues': no es text")
                .contains("posture.json, exercise 'wall-stand', field 'precautions': no es text");
    }

    @Test
    void aCompleteCatalogLogsNoWarning(CapturedOutput output) {
        CatalogConfiguration.warnAboutMissingTexts(List.of());

        assertThat(output.getAll()).doesNotContain("Exercise texts missing");
    }
}
