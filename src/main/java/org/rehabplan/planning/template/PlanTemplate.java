package org.rehabplan.planning.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A named template of plan choices for one protocol, owned by one therapist (see {@link TemplateChoices}). */
@Entity
@Table(name = "plan_template")
public class PlanTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "owner_username", nullable = false, updatable = false)
    private String ownerUsername;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "protocol_id", nullable = false)
    private String protocolId;

    @Column(name = "choices_json", nullable = false)
    private String choicesJson;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PlanTemplate() {
    }

    PlanTemplate(String ownerUsername, String name, String protocolId, String choicesJson, Instant createdAt) {
        this.ownerUsername = ownerUsername;
        this.name = name;
        this.protocolId = protocolId;
        this.choicesJson = choicesJson;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public String getName() {
        return name;
    }

    public String getProtocolId() {
        return protocolId;
    }

    String getChoicesJson() {
        return choicesJson;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
