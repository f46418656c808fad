package org.rehabplan.visit.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Pain, Timed Up and Go and 30-second chair stands over the visits, drawn on the server as SVG (no chart library, no
 * JavaScript): three panels on one date axis, each with its own scale, because the measures have different units.
 * Each visit is one point per measure it has, with its value written next to it and the visit's notes as tooltip.
 */
final class OutcomeChart {

    /** One visit's measures; {@code timedUpAndGoSeconds} and {@code chairStands} may be missing. */
    record Point(LocalDate date, int pain, Double timedUpAndGoSeconds, Integer chairStands, String notes) {
    }

    private record Series(String key, String title, String unit, String colour, Function<Point, Number> value,
                          double fixedMax) {
    }

    private static final List<Series> SERIES = List.of(
            new Series("pain", "chart.pain", "/10", "#b4232f", Point::pain, 10),
            new Series("tug", "chart.tug", " s", "#1f5fbf",
                    Point::timedUpAndGoSeconds, 0),
            new Series("chair", "chart.chair", "", "#1a7f37", Point::chairStands, 0));

    private static final int WIDTH = 760;
    private static final int LEFT = 56;
    private static final int RIGHT = 36;
    private static final int TITLE = 36;
    private static final int PANEL = 120;
    private static final int GAP = 18;
    private static final int AXIS = 34;
    private OutcomeChart() {
    }

    /** The screen's words: a bundle key and its arguments to text (a view's getTranslation). */
    interface Words {
        String get(String key, Object... args);
    }

    /** A visit's date as the screen's language writes it ({@code format.date}). */
    private static String day(LocalDate date, Words words, Locale locale) {
        return DateTimeFormatter.ofPattern(words.get("format.date"), locale).format(date);
    }

    static String svg(List<Point> visits, Words words, Locale locale) {
        List<Point> points = visits.stream().sorted(Comparator.comparing(Point::date)).toList();
        int height = points.isEmpty() ? 48 : SERIES.size() * (TITLE + PANEL + GAP) + AXIS;
        Svg svg = new Svg().open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox",
                "0 0 " + WIDTH + " " + height, "width", "100%", "role", "img", "class", "rp-outcome-chart",
                "font-family", "sans-serif", "font-size", 13);
        svg.text("title", words.get("chart.title", points.size()));
        if (points.isEmpty()) {
            svg.text("text", words.get("chart.empty"), "x", 16, "y", 28);
            return svg.close("svg").toString();
        }
        int top = 0;
        for (Series series : SERIES) {
            panel(svg, series, points, top, words, locale);
            top += TITLE + PANEL + GAP;
        }
        dateAxis(svg, points, top - GAP, words, locale);
        return svg.close("svg").toString();
    }

    private static void panel(Svg svg, Series series, List<Point> points, int top, Words words, Locale locale) {
        int plotTop = top + TITLE;
        svg.text("text", words.get(series.title()), "x", LEFT, "y", top + 16, "font-weight", "bold", "fill", series.colour());
        List<Double> values = points.stream().map(series.value()).filter(v -> v != null)
                .map(Number::doubleValue).toList();
        double max = series.fixedMax() > 0 ? series.fixedMax() : niceMax(values);
        for (double tick : new double[] {0, max / 2, max}) {
            double y = y(tick, max, plotTop);
            svg.empty("line", "x1", LEFT, "x2", WIDTH - RIGHT, "y1", y, "y2", y, "stroke", "#d0d4d9",
                    "stroke-width", 1);
            svg.text("text", Svg.format(tick), "x", LEFT - 8, "y", y + 4, "text-anchor", "end", "fill", "#555");
        }
        if (values.isEmpty()) {
            svg.text("text", "Not measured yet", "x", LEFT + 12, "y", plotTop + PANEL / 2.0, "fill", "#555");
            return;
        }
        List<String> line = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Number value = series.value().apply(points.get(i));
            if (value != null) {
                line.add(Svg.format(x(points, i)) + "," + Svg.format(y(value.doubleValue(), max, plotTop)));
            }
        }
        if (line.size() > 1) {
            svg.empty("polyline", "points", String.join(" ", line), "fill", "none", "stroke", series.colour(),
                    "stroke-width", 2.5);
        }
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            Number value = series.value().apply(p);
            if (value == null) {
                continue;
            }
            double x = x(points, i);
            double y = y(value.doubleValue(), max, plotTop);
            svg.open("circle", "class", "rp-point rp-point-" + series.key(), "cx", x, "cy", y, "r", 5.5,
                    "fill", series.colour());
            svg.text("title", day(p.date(), words, locale) + ": " + Svg.format(value.doubleValue()) + series.unit()
                    + (p.notes() == null ? "" : " · " + p.notes()));
            svg.close("circle");
            svg.text("text", Svg.format(value.doubleValue()), "x", x, "y", y - 10, "text-anchor", "middle",
                    "font-weight", "bold", "fill", "#222");
        }
    }

    private static void dateAxis(Svg svg, List<Point> points, int top, Words words, Locale locale) {
        double lastLabelX = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.size(); i++) {
            double x = x(points, i);
            if (x - lastLabelX < 90) {
                continue; // skip a label that would overlap the previous one
            }
            lastLabelX = x;
            svg.text("text", day(points.get(i).date(), words, locale), "x", x, "y", top + 22, "text-anchor", "middle",
                    "fill", "#333");
        }
    }

    private static double x(List<Point> points, int index) {
        LocalDate first = points.getFirst().date();
        long span = ChronoUnit.DAYS.between(first, points.getLast().date());
        double width = WIDTH - LEFT - RIGHT - 40;
        if (span == 0) {
            return points.size() == 1 ? LEFT + 20 + width / 2 : LEFT + 20 + width * index / (points.size() - 1);
        }
        return LEFT + 20 + width * ChronoUnit.DAYS.between(first, points.get(index).date()) / span;
    }

    private static double y(double value, double max, int plotTop) {
        return plotTop + PANEL - PANEL * Math.min(value, max) / max;
    }

    /** A round upper bound: at least 10, a multiple of 10 above the largest value. */
    private static double niceMax(List<Double> values) {
        double largest = values.stream().mapToDouble(Double::doubleValue).max().orElse(10);
        return Math.max(10, Math.ceil(largest / 10.0) * 10);
    }
}
