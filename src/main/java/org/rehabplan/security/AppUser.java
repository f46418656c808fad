package org.rehabplan.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A sign-in account. Only the password's bcrypt hash is stored. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "username", nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Raised whenever sessions signed in before must end (disabled, password set); sessions carry the value they saw. */
    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    /** Set when an admin chose the password: the user has to choose their own before doing anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected AppUser() {
    }

    AppUser(String username, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** A new password ends every session signed in with the old one; {@code setByAdmin} forces a change at sign-in. */
    void changePasswordHash(String passwordHash, boolean setByAdmin) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = setByAdmin;
        this.sessionEpoch++;
    }

    void setEnabled(boolean enabled) {
        if (this.enabled && !enabled) {
            sessionEpoch++;
        }
        this.enabled = enabled;
    }

    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    long getSessionEpoch() {
        return sessionEpoch;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
