package org.rehabplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A saved plan: immutable once written (no setters), numbered per patient. It keeps the profile it was generated for
 * and the plan itself as JSON (DESIGN.md "Plan" contract), so an old version prints exactly as it was saved.
 */
@Entity
@Table(name = "plan_version")
public class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "note", updatable = false)
    private String note;

    @Column(name = "feasible", nullable = false, updatable = false)
    private boolean feasible;

    @Column(name = "score", updatable = false)
    private String score;

    @Column(name = "profile_json", nullable = false, updatable = false)
    private String profileJson;

    @Column(name = "plan_json", nullable = false, updatable = false)
    private String planJson;

    @Column(name = "pins_json", nullable = false, updatable = false)
    private String pinsJson;

    @Column(name = "visit_id", updatable = false)
    private Long visitId;

    @Column(name = "week_profiles_json", updatable = false)
    private String weekProfilesJson;

    /** The protocol the plan was made under (versions saved before protocols were per patient: the one then). */
    @Column(name = "protocol_id", nullable = false)
    private String protocolId;

    protected PlanVersion() {
    }

    PlanVersion(long patientId, int versionNumber, String createdBy, Instant createdAt, String note, boolean feasible,
                String score, String profileJson, String planJson, String pinsJson, Long visitId) {
        this.patientId = patientId;
        this.versionNumber = versionNumber;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.note = note;
        this.feasible = feasible;
        this.score = score;
        this.profileJson = profileJson;
        this.planJson = planJson;
        this.pinsJson = pinsJson;
        this.visitId = visitId;
    }

    PlanVersion withWeekProfiles(String weekProfilesJson) {
        this.weekProfilesJson = weekProfilesJson;
        return this;
    }

    PlanVersion withProtocolId(String protocolId) {
        this.protocolId = protocolId;
        return this;
    }

    public String getProtocolId() {
        return protocolId;
    }

    public Long getId() {
        return id;
    }

    public long getPatientId() {
        return patientId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getNote() {
        return note;
    }

    public boolean isFeasible() {
        return feasible;
    }

    public String getScore() {
        return score;
    }

    String getProfileJson() {
        return profileJson;
    }

    String getPlanJson() {
        return planJson;
    }

    String getPinsJson() {
        return pinsJson;
    }

    String getWeekProfilesJson() {
        return weekProfilesJson;
    }

    public Long getVisitId() {
        return visitId;
    }
}
