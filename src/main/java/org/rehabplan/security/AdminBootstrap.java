package org.rehabplan.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.rehabplan.base.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start: when no admin account exists, creates one from {@link AdminProperties}; without a configured password
 * it makes a random one and prints it once (it is stored only as a hash, so it can't be shown again). Runs before
 * the demo patients are loaded, which belong to this admin.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountService accounts;
    private final AdminProperties properties;
    private final StartupLock lock;
    private final org.springframework.context.MessageSource messages;

    AdminBootstrap(UserAccountService accounts, AdminProperties properties, StartupLock lock,
                   org.springframework.context.MessageSource messages) {
        this.accounts = accounts;
        this.properties = properties;
        this.lock = lock;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean configured = properties.password() != null && !properties.password().isEmpty();
        String password = configured ? properties.password() : randomPassword();
        boolean[] created = {false};
        // under the start-up lock: another instance starting now waits here and then finds the admin
        lock.run(() -> {
            if (accounts.adminExists()) {
                return;
            }
            try {
                accounts.createUnchecked(properties.username(), "Administrator", password, Role.ADMIN);
                created[0] = true;
            } catch (InvalidAccountException e) {
                throw new IllegalStateException("Cannot create the first admin account from "
                        + "REHABPLAN_ADMIN_USERNAME/REHABPLAN_ADMIN_PASSWORD: "
                        + e.wording().in(messages, java.util.Locale.ENGLISH), e);
            }
        });
        if (!created[0]) {
            return;
        }
        if (configured) {
            log.info("Created the admin account '{}' with the password from REHABPLAN_ADMIN_PASSWORD",
                    properties.username());
        } else {
            log.warn("""

                    ==========================================================================
                    Created the admin account '{}' with the random password: {}
                    It is shown only this once. Sign in and give it a password of your own
                    (or set REHABPLAN_ADMIN_USERNAME/REHABPLAN_ADMIN_PASSWORD before the first start).
                    ==========================================================================""",
                    properties.username(), password);
        }
    }

    /** 144 random bits, URL-safe Base64 (24 characters). */
    static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
