package org.rehabplan.base;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up work that must happen once per database, not once per instance (the first admin, the demo patients):
 * run inside one transaction holding a row lock, so a second instance starting at the same time waits and then
 * sees what the first one created.
 */
@Component
public class StartupLock {

    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    StartupLock(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    public void run(Runnable action) {
        transactions.executeWithoutResult(status -> {
            jdbc.queryForObject("select id from startup_lock where id = 1 for update", Integer.class);
            action.run();
        });
    }
}
