package org.rehabplan.planning.service;

import org.rehabplan.base.Reason;

/** A direct edit the plan can't take without breaking a safety rule (nothing was changed); {@link #reason()} says why. */
public class UnsafeEditException extends RuntimeException {

    private final transient Reason reason;

    public UnsafeEditException(Reason reason) {
        super(reason.code() + " " + reason.args() + (reason.exerciseId() == null ? "" : " " + reason.exerciseId()));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
