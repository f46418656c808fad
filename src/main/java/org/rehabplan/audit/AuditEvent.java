package org.rehabplan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log: who did what to which record, when. Never holds patient health data. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private Long entityId;

    @Column(name = "detail", updatable = false)
    private String detail;

    /** The client's address as the server saw it (a trusted proxy's forwarded one); null for background work. */
    @Column(name = "source_address", updatable = false)
    private String sourceAddress;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String username, String action, String entityType, Long entityId, String detail,
               String sourceAddress) {
        this.sourceAddress = sourceAddress;
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getDetail() {
        return detail;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }
}
