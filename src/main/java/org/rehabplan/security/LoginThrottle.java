package org.rehabplan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins three ways and refuses sign-in while any of them is locked: per username + address (a
 * typo-prone user at one desk), per account across all addresses (a distributed guess at one account) and per
 * address across all accounts (one machine spraying many usernames). The address is the client's as Tomcat sees it:
 * a proxy's forwarded address only when the proxy is configured as trusted. Counts live in the database, so all
 * instances share them.
 */
@Component
class LoginThrottle {

    private final LoginThrottleProperties properties;
    private final ThrottleStore store;
    private final Clock clock;

    @Autowired
    LoginThrottle(LoginThrottleProperties properties, ThrottleStore store, Optional<Clock> clock) {
        this.properties = properties;
        this.store = store;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** In memory (unit tests). */
    LoginThrottle(LoginThrottleProperties properties, Optional<Clock> clock) {
        this(properties, new ThrottleStore.InMemory(), clock);
    }

    /** How long sign-in for this username from this address is still refused, if it is. */
    Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        return keys(username, address).stream().map(Counted::key).map(store::lockedUntil).flatMap(Optional::stream)
                .filter(now::isBefore).max(Instant::compareTo).map(until -> Duration.between(now, until));
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        for (Counted counted : keys(username, address)) {
            store.fail(counted.key(), now, counted.max(), properties.lockDuration());
        }
    }

    /** The right password resets the user's own counts; the address's count across accounts stays. */
    void succeeded(String username, String address) {
        store.reset(pair(username, address));
        store.reset(account(username));
    }

    private record Counted(String key, int max) {
    }

    private List<Counted> keys(String username, String address) {
        return List.of(new Counted(pair(username, address), properties.maxFailures()),
                new Counted(account(username), properties.accountMaxFailures()),
                new Counted("address|" + address, properties.addressMaxFailures()));
    }

    private static String pair(String username, String address) {
        return "pair|" + name(username) + "|" + address;
    }

    private static String account(String username) {
        return "account|" + name(username);
    }

    /** Lower case and at most 100 characters (longer names can't be accounts anyway). */
    private static String name(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
