package org.rehabplan.catalog;

/** The ranges an exercise's dose moves through; any field may be absent. */
public record Dose(DoseRange sets, DoseRange reps, DoseRange holdSeconds, DoseRange minutes) {
}
