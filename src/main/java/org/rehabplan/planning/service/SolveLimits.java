package org.rehabplan.planning.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Admission to the solver for every solve, from the therapist's screens and the API alike: at most
 * {@code queueLimit} solves wait behind the running ones ({@code rehabplan.solver.parallel-solvers}), at most
 * {@code perUserLimit} running or waiting solves per account, and each one stopped {@code deadline} after it was
 * admitted (with its best plan so far).
 */
@ConfigurationProperties("rehabplan.solver")
record SolveLimits(
        @DefaultValue("6") int queueLimit,
        @DefaultValue("2") int perUserLimit,
        @DefaultValue("20s") Duration deadline) {

    SolveLimits {
        if (queueLimit < 0 || perUserLimit < 1 || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("rehabplan.solver needs queue-limit >= 0, per-user-limit >= 1 and a "
                    + "positive deadline");
        }
    }
}
