package org.rehabplan.planning.service;

import java.time.Duration;

/**
 * A solve not taken on (or given up before it got a solver): the account already has its limit of solves, or the
 * solver queue is full. Says when to try again; the API answers 429 / 503 with Retry-After, the screens say it in
 * words. The message is the API's English text.
 */
public class SolveRefusedException extends RuntimeException {

    /** Why a solve was refused. */
    public enum Reason {
        /** The account already has {@link #limit()} solves running or waiting. */
        ACCOUNT_LIMIT,
        /** The solver queue is full (or the solve waited past the deadline without a free solver). */
        BUSY
    }

    private final Reason reason;
    private final int limit;
    private final Duration retryAfter;

    SolveRefusedException(Reason reason, int limit, Duration retryAfter, String message) {
        super(message);
        this.reason = reason;
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#ACCOUNT_LIMIT}: how many solves one account may have at a time. */
    public int limit() {
        return limit;
    }

    /** Whole seconds to wait before trying again, at least 1 (the Retry-After header). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
