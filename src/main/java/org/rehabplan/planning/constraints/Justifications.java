package org.rehabplan.planning.constraints;

import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.rehabplan.base.Reason;

/** Why a constraint matched, as a {@link Reason} the reader's language puts in words. */
public interface Justifications {

    /** Every justification carries one reason. */
    interface Explained extends ConstraintJustification {
        Reason reason();
    }

    /** A safety rule broken by an exercise in a session. */
    record SafetyBreach(String exerciseId, int week, String day, Reason reason) implements Explained {
    }

    /** A session that holds no exercise at all. */
    record EmptySession(int week, String day, Reason reason) implements Explained {
    }

    /** A session over its time budget. */
    record OverTime(int week, String day, int minutes, int budget, Reason reason) implements Explained {
    }

    /** The same exercise twice in one session. */
    record Repeated(String exerciseId, int week, String day, Reason reason) implements Explained {
    }

    /** A target of the protocol phase that a session or week does not meet. */
    record TargetMissed(int week, String category, int shortBy, Reason reason) implements Explained {
    }

    /** A quality preference: progression, routine, variety, favourites, use of time. */
    record Quality(Reason reason) implements Explained {
    }
}
