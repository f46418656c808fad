package org.rehabplan.schedule;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one client may hit the public share pages (reads) and report from them (writes), per app instance:
 * a leaked or guessed link can't be hammered, and a stuck button can't flood the therapist's log. Keys live in memory
 * only and are never logged.
 */
@Component
class ShareRateLimiter {

    private final int maxReads;
    private final int maxWrites;
    private final Duration window;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Deque<Long>> hits = new ConcurrentHashMap<>();

    ShareRateLimiter(@Value("${rehabplan.share.rate-limit.reads:120}") int maxReads,
                     @Value("${rehabplan.share.rate-limit.writes:40}") int maxWrites,
                     @Value("${rehabplan.share.rate-limit.window:10m}") Duration window) {
        this.maxReads = maxReads;
        this.maxWrites = maxWrites;
        this.window = window;
    }

    boolean allowRead(String client) {
        return allow("r:" + client, maxReads);
    }

    boolean allowWrite(String client) {
        return allow("w:" + client, maxWrites);
    }

    long retryAfterSeconds() {
        return window.toSeconds();
    }

    private boolean allow(String key, int max) {
        long now = clock.millis();
        long oldest = now - window.toMillis();
        if (hits.size() > 50_000) {
            // forget idle clients so the map can't grow without bound
            hits.entrySet().removeIf(e -> e.getValue().isEmpty() || e.getValue().peekLast() < oldest);
        }
        Deque<Long> times = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() < oldest) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
