package org.rehabplan.planning.model;

import org.rehabplan.catalog.Exercise;

/**
 * Where one exercise family stands in one week: its current variant and dose, how many progression steps it has
 * climbed since it started ({@code step}, 0 = its starting dose), and when it stepped back to an easier variant this
 * week, the safety rule that made it ({@code steppedBackFor}, else null).
 */
public record LadderStep(Exercise exercise, Prescription dose, int step, SafetyRule steppedBackFor) {
}
