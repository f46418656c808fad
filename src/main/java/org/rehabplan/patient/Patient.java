package org.rehabplan.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A patient as stored: searchable columns plus the whole {@link PatientProfile} as JSON, so the profile contract can
 * grow without a schema change for every field. {@code version} gives optimistic locking.
 */
@Entity
@Table(name = "patient")
public class Patient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "owner_username")
    private String ownerUsername;

    @Column(name = "patient_ref", nullable = false)
    private String patientRef;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "profile_json", nullable = false)
    private String profileJson;

    /** The patient's protocol; rows stored before protocols were chosen per patient hold the one they were planned with. */
    @Column(name = "protocol_id", nullable = false)
    private String protocolId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "discharged", nullable = false)
    private boolean discharged;

    protected Patient() {
    }

    Patient(String ownerUsername, String patientRef, String displayName, String profileJson, String protocolId,
            Instant now) {
        this.ownerUsername = ownerUsername;
        this.patientRef = patientRef;
        this.displayName = displayName;
        this.profileJson = profileJson;
        this.protocolId = protocolId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void update(String patientRef, String displayName, String profileJson, String protocolId, Instant now) {
        this.patientRef = patientRef;
        this.displayName = displayName;
        this.profileJson = profileJson;
        this.protocolId = protocolId;
        this.updatedAt = now;
    }

    public String getProtocolId() {
        return protocolId;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public String getPatientRef() {
        return patientRef;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getProfileJson() {
        return profileJson;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** When the patient was archived or discharged; null while the patient is current. */
    public Instant getArchivedAt() {
        return archivedAt;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    /** Archived because treatment ended (their share links were revoked then), not just put away. */
    public boolean isDischarged() {
        return discharged;
    }

    void archive(Instant at, boolean discharge) {
        this.archivedAt = at;
        this.discharged = discharge;
        this.updatedAt = at;
    }

    void restore(Instant at) {
        this.archivedAt = null;
        this.discharged = false;
        this.updatedAt = at;
    }
}
