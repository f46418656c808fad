package org.rehabplan.planning.service;

import org.rehabplan.base.Reason;
import org.rehabplan.catalog.Exercise;

/** A safe exercise that could replace another in a session, and the plan's score if it did. */
public record Alternative(Exercise exercise, String score, Reason dose, boolean improves) {
}
