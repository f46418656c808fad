package org.rehabplan.visit;

import org.rehabplan.base.Reason;

/**
 * A follow-up re-plan cannot start or be saved (no saved plan, no week left, an unknown visit, a newer version);
 * {@link #reason()} says why, for the reader's words.
 */
public class ReplanRefusedException extends RuntimeException {

    private final transient Reason reason;

    public ReplanRefusedException(Reason reason) {
        super(reason.code() + " " + reason.args());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
