package org.rehabplan.api;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** A solve not taken on: 429 when the account has too many, 503 when the solver queue is full; both say when to retry. */
class SolveRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final Duration retryAfter;

    SolveRefusedException(HttpStatus status, Duration retryAfter, String message) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    HttpStatus status() {
        return status;
    }

    /** Whole seconds, at least 1 (the Retry-After header). */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
