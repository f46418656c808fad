package org.rehabplan.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Where failed sign-ins are counted: the database (shared by all instances) or, for unit tests, memory. */
interface ThrottleStore {

    /**
     * Counts one failure for {@code key} at {@code now}: counting starts afresh when the window since the first
     * failure or the last lock has run out; the key is locked for {@code lock} once it reaches {@code max}.
     */
    void fail(String key, Instant now, int max, Duration lock);

    Optional<Instant> lockedUntil(String key);

    void reset(String key);

    /** The counting rule both stores share. */
    record Failures(int count, Instant firstAt, Instant lockedUntil) {
        Failures next(Instant now, int max, Duration lock) {
            Failures f = this;
            if (now.isAfter(firstAt.plus(lock)) || (lockedUntil != null && !now.isBefore(lockedUntil))) {
                f = new Failures(0, now, null); // the window or the lock has run out: start counting afresh
            }
            int count = f.count() + 1;
            return new Failures(count, f.firstAt(), count >= max ? now.plus(lock) : null);
        }
    }

    /** In memory, per instance: for unit tests only. */
    final class InMemory implements ThrottleStore {
        private final Map<String, Failures> failures = new ConcurrentHashMap<>();

        @Override
        public void fail(String key, Instant now, int max, Duration lock) {
            failures.compute(key, (k, f) -> (f == null ? new Failures(0, now, null) : f).next(now, max, lock));
        }

        @Override
        public Optional<Instant> lockedUntil(String key) {
            return Optional.ofNullable(failures.get(key)).map(Failures::lockedUntil);
        }

        @Override
        public void reset(String key) {
            failures.remove(key);
        }
    }
}
