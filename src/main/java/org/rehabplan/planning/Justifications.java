package org.rehabplan.planning;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why a constraint matched, as a sentence a therapist can read. */
public interface Justifications {

    /** Every justification carries one plain sentence. */
    interface Sentence extends ConstraintJustification {
        String description();
    }

    /** A safety rule broken by an exercise in a session. */
    record SafetyBreach(String exerciseId, int week, String day, String description) implements Sentence {
    }

    /** A session that holds no exercise at all. */
    record EmptySession(int week, String day, String description) implements Sentence {
    }

    /** A session over its time budget. */
    record OverTime(int week, String day, int minutes, int budget, String description) implements Sentence {
    }

    /** The same exercise twice in one session. */
    record Repeated(String exerciseId, int week, String day, String description) implements Sentence {
    }

    /** A target of the protocol phase that a session or week does not meet. */
    record TargetMissed(int week, String category, int shortBy, String description) implements Sentence {
    }

    /** A quality preference: progression, routine, variety, favourites, use of time. */
    record Quality(String description) implements Sentence {
    }
}
