package org.rehabplan.planning;

import org.rehabplan.catalog.Exercise;

/** A safe exercise that could replace another in a session, and the plan's score if it did. */
public record Alternative(Exercise exercise, String score, String dose, boolean improves) {
}
