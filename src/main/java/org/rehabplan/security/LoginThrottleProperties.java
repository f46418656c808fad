package org.rehabplan.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Sign-in throttling, counted in the database for all instances: {@code maxFailures} wrong passwords for one username
 * from one address, {@code accountMaxFailures} for one account from any addresses, or {@code addressMaxFailures}
 * from one address for any accounts, each within {@code lockDuration}, lock that key for {@code lockDuration}.
 */
@ConfigurationProperties("rehabplan.security.login-throttle")
public record LoginThrottleProperties(Integer maxFailures, Duration lockDuration, Integer accountMaxFailures,
                                      Integer addressMaxFailures) {

    @ConstructorBinding
    public LoginThrottleProperties {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        lockDuration = lockDuration == null ? Duration.ofMinutes(5) : lockDuration;
        accountMaxFailures = accountMaxFailures == null ? 10 : accountMaxFailures;
        addressMaxFailures = addressMaxFailures == null ? 30 : addressMaxFailures;
        if (maxFailures < 1 || accountMaxFailures < 1 || addressMaxFailures < 1 || lockDuration.isNegative()
                || lockDuration.isZero()) {
            throw new IllegalArgumentException("rehabplan.security.login-throttle needs max-failures, "
                    + "account-max-failures and address-max-failures >= 1 and a positive lock-duration");
        }
    }

    public LoginThrottleProperties(Integer maxFailures, Duration lockDuration) {
        this(maxFailures, lockDuration, null, null);
    }
}
