package org.rehabplan.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A link a patient opens without an account; only the SHA-256 of its token is stored (table from V2, pinned V201). */
@Entity
@Table(name = "share_link")
class ShareLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "plan_version_id", nullable = false, updatable = false)
    private long planVersionId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** True: always this version; false: the patient's latest saved (feasible) version. */
    @Column(name = "pinned", nullable = false, updatable = false)
    private boolean pinned;

    protected ShareLink() {
    }

    ShareLink(String tokenHash, long planVersionId, String createdBy, Instant createdAt, Instant expiresAt,
              boolean pinned) {
        this.pinned = pinned;
        this.tokenHash = tokenHash;
        this.planVersionId = planVersionId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    Long getId() {
        return id;
    }

    long getPlanVersionId() {
        return planVersionId;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    boolean isPinned() {
        return pinned;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
