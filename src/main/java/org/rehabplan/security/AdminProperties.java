package org.rehabplan.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin account, created at the first start ({@code REHABPLAN_ADMIN_USERNAME} /
 * {@code REHABPLAN_ADMIN_PASSWORD}); without a password a random one is printed once to the log.
 */
@ConfigurationProperties("rehabplan.admin")
public record AdminProperties(String username, String password) {

    public AdminProperties {
        username = username == null || username.isBlank() ? "admin" : username.strip();
    }
}
