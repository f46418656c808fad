package org.rehabplan.protocol;

/**
 * An exercise family the protocol wants in most weeks, e.g. sit-to-stand, the key functional leg exercise: from
 * {@code fromWeek} weeks after the anchor event, in at least {@code minSessions} sessions a week whenever one of its
 * variants is safe. {@code family} is the id of the family's easiest exercise.
 */
public record KeyExercise(String family, int minSessions, int fromWeek) {
}
