package org.rehabplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A therapist's unsaved plan for one patient, kept on the server so navigation or a closed browser loses nothing. */
@Entity
@Table(name = "plan_draft")
class PlanDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "plan_json", nullable = false)
    private String planJson;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PlanDraft() {
    }

    PlanDraft(long patientId, String username) {
        this.patientId = patientId;
        this.username = username;
    }

    void replace(String planJson, Instant at) {
        this.planJson = planJson;
        this.updatedAt = at;
    }

    String getPlanJson() {
        return planJson;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
