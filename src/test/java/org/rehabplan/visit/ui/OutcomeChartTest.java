package org.rehabplan.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class OutcomeChartTest {

    private static final org.springframework.context.MessageSource WORDS =
            org.rehabplan.base.i18n.MessagesConfiguration.create();

    /** The chart as an English screen draws it. */
    private static String svg(List<OutcomeChart.Point> visits) {
        return OutcomeChart.svg(visits, (key, args) -> WORDS.getMessage(key, args, java.util.Locale.UK),
                java.util.Locale.UK);
    }

    private static final List<OutcomeChart.Point> VISITS = List.of(
            new OutcomeChart.Point(LocalDate.of(2026, 12, 1), 6, 16.2, 8, "First follow-up"),
            new OutcomeChart.Point(LocalDate.of(2026, 12, 15), 4, null, 10, null),
            new OutcomeChart.Point(LocalDate.of(2027, 1, 12), 2, 12.5, 12, "Walks daily"));

    private static long count(String svg, String cssClass) {
        return Pattern.compile("class=\"rp-point " + cssClass + "\"").matcher(svg).results().count();
    }

    @Test
    void theChartHasOnePainPointPerVisitAndAPointForEachMeasureTaken() {
        String svg = svg(VISITS);

        assertThat(count(svg, "rp-point-pain")).isEqualTo(3);
        assertThat(count(svg, "rp-point-chair")).isEqualTo(3);
        assertThat(count(svg, "rp-point-tug")).isEqualTo(2); // not measured at the second visit
        assertThat(svg).contains("16.2").contains("12.5");
    }

    @Test
    void laterVisitsAreFurtherRightAndHigherPainIsHigherUp() {
        String svg = svg(VISITS);
        var circles = Pattern.compile("class=\"rp-point rp-point-pain\" cx=\"([\\d.]+)\" cy=\"([\\d.]+)\"")
                .matcher(svg).results().toList();

        assertThat(circles).hasSize(3);
        double[] x = circles.stream().mapToDouble(m -> Double.parseDouble(m.group(1))).toArray();
        double[] y = circles.stream().mapToDouble(m -> Double.parseDouble(m.group(2))).toArray();
        assertThat(x[0]).isLessThan(x[1]);
        assertThat(x[1]).isLessThan(x[2]);
        assertThat(y[0]).isLessThan(y[1]); // pain 6 is drawn above pain 4 (SVG y grows downwards)
        assertThat(y[1]).isLessThan(y[2]);
    }

    @Test
    void notesAreEscapedSoTheyCannotInjectMarkup() throws Exception {
        String notes = "<script>alert('x')</script> & \"pain\" </title><svg onload=alert(1)>";
        String svg = svg(List.of(new OutcomeChart.Point(LocalDate.of(2026, 12, 1), 5, 14.0, 9,
                notes)));

        assertThat(svg).doesNotContain("<script").doesNotContain("<svg onload")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;pain&quot;");
        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))); // well-formed XML
        assertThat(parsed.getElementsByTagName("script").getLength()).isZero();
        assertThat(parsed.getDocumentElement().getTextContent()).contains(notes);
    }

    @Test
    void withoutVisitsTheChartSaysSo() {
        assertThat(svg(List.of())).contains("No visits recorded yet.").doesNotContain("rp-point");
    }
}
