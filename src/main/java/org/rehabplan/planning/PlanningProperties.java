package org.rehabplan.planning;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Solver limits: a solve stops when the best plan has not improved for {@code unimprovedLimit}, and always by
 * {@code timeLimit}; at most {@code parallelSolvers} solves run at once (more wait their turn).
 */
@ConfigurationProperties("rehabplan.solver")
public record PlanningProperties(
        @DefaultValue("3s") Duration unimprovedLimit,
        @DefaultValue("20s") Duration timeLimit,
        @DefaultValue("2") int parallelSolvers) {
}
