package org.rehabplan.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins in the {@code login_throttle} table, so every instance behind a load balancer sees the same counts
 * and locks. Each count is read and written under a row lock; rows older than a day are dropped as it goes.
 */
@Component
class DatabaseThrottleStore implements ThrottleStore {

    private static final long KEEP_MILLIS = Duration.ofDays(1).toMillis();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DatabaseThrottleStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public void fail(String key, Instant now, int max, Duration lock) {
        try {
            transactions.executeWithoutResult(status -> count(key, now, max, lock));
        } catch (DuplicateKeyException firstFailureRace) {
            // another instance inserted the same key a moment ago: count on its row
            transactions.executeWithoutResult(status -> count(key, now, max, lock));
        }
        jdbc.update("delete from login_throttle where first_at < ? and (locked_until is null or locked_until < ?)",
                now.toEpochMilli() - KEEP_MILLIS, now.toEpochMilli());
    }

    private void count(String key, Instant now, int max, Duration lock) {
        List<Failures> rows = jdbc.query("select failures, first_at, locked_until from login_throttle "
                + "where throttle_key = ? for update", (rs, i) -> new Failures(rs.getInt(1),
                Instant.ofEpochMilli(rs.getLong(2)), rs.getObject(3) == null ? null : Instant.ofEpochMilli(rs.getLong(3))),
                key);
        if (rows.isEmpty()) {
            Failures first = new Failures(0, now, null).next(now, max, lock);
            jdbc.update("insert into login_throttle (throttle_key, failures, first_at, locked_until) values (?, ?, ?, ?)",
                    key, first.count(), first.firstAt().toEpochMilli(), millis(first.lockedUntil()));
            return;
        }
        Failures next = rows.getFirst().next(now, max, lock);
        jdbc.update("update login_throttle set failures = ?, first_at = ?, locked_until = ? where throttle_key = ?",
                next.count(), next.firstAt().toEpochMilli(), millis(next.lockedUntil()), key);
    }

    @Override
    public Optional<Instant> lockedUntil(String key) {
        return jdbc.query("select locked_until from login_throttle where throttle_key = ?",
                (rs, i) -> rs.getObject(1) == null ? null : Instant.ofEpochMilli(rs.getLong(1)), key)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public void reset(String key) {
        jdbc.update("delete from login_throttle where throttle_key = ?", key);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
