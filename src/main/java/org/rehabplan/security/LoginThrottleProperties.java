package org.rehabplan.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in throttling: after {@code maxFailures} wrong passwords for one username from one address within
 * {@code lockDuration}, that pair is refused for {@code lockDuration} (counted per app instance).
 */
@ConfigurationProperties("rehabplan.security.login-throttle")
public record LoginThrottleProperties(Integer maxFailures, Duration lockDuration) {

    public LoginThrottleProperties {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        lockDuration = lockDuration == null ? Duration.ofMinutes(5) : lockDuration;
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("rehabplan.security.login-throttle needs max-failures >= 1 and a "
                    + "positive lock-duration");
        }
    }
}
