package org.rehabplan.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An inclusive range that a dose progresses through, e.g. 8–12 repetitions; written {@code [min, max]} in JSON. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"min", "max"})
public record DoseRange(double min, double max) {

    /** The value a fraction {@code f} (0..1) of the way from min to max, rounded to a whole number. */
    public int at(double f) {
        double clamped = Math.max(0, Math.min(1, f));
        return (int) Math.round(min + (max - min) * clamped);
    }
}
