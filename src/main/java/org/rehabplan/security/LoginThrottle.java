package org.rehabplan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins per username and remote address and locks a pair that fails too often. */
@Component
class LoginThrottle {

    /** Bounds memory under a spray of made-up usernames: expired entries are dropped beyond this size. */
    private static final int PURGE_ABOVE = 10_000;

    private record Failures(int count, Instant firstAt, Instant lockedUntil) {
    }

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(LoginThrottleProperties properties, Optional<Clock> clock) {
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** How long this pair is still locked, if it is. */
    Optional<Duration> lockedFor(String username, String address) {
        Failures f = failures.get(key(username, address));
        Instant now = clock.instant();
        if (f == null || f.lockedUntil() == null || !now.isBefore(f.lockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.lockedUntil()));
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        failures.compute(key(username, address), (k, f) -> {
            if (f == null || now.isAfter(f.firstAt().plus(properties.lockDuration()))
                    || (f.lockedUntil() != null && !now.isBefore(f.lockedUntil()))) {
                f = new Failures(0, now, null); // the window or the lock has run out: start counting afresh
            }
            int count = f.count() + 1;
            Instant lockedUntil = count >= properties.maxFailures() ? now.plus(properties.lockDuration()) : null;
            return new Failures(count, f.firstAt(), lockedUntil);
        });
        if (failures.size() > PURGE_ABOVE) {
            failures.values().removeIf(f -> now.isAfter(f.firstAt().plus(properties.lockDuration().multipliedBy(2))));
        }
    }

    void succeeded(String username, String address) {
        failures.remove(key(username, address));
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "|" + address;
    }
}
