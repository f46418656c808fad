package org.rehabplan.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A follow-up visit as recorded: pain, optional outcome measures and which exercises of the plan the patient
 * tolerated. It changes only as a whole correction ({@link #correct}), which keeps who recorded it and says who
 * corrected it; the plan versions a visit led to are history and stay as they were saved.
 */
@Entity
@Table(name = "visit")
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(name = "pain_level", nullable = false)
    private int painLevel;

    @Column(name = "notes")
    private String notes;

    @Column(name = "timed_up_and_go_s")
    private Double timedUpAndGoSeconds;

    @Column(name = "chair_stands_30s")
    private Integer chairStands30s;

    @Convert(converter = ToleranceJson.class)
    @Column(name = "tolerance_json", nullable = false)
    private Map<String, Boolean> tolerance;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @jakarta.persistence.Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @Column(name = "corrected_by")
    private String correctedBy;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    protected Visit() {
    }

    Visit(long patientId, VisitEntry entry, String recordedBy, Instant recordedAt) {
        this.patientId = patientId;
        this.visitDate = entry.visitDate();
        this.painLevel = entry.painLevel();
        this.notes = entry.notes();
        this.timedUpAndGoSeconds = entry.timedUpAndGoSeconds();
        this.chairStands30s = entry.chairStands30s();
        this.tolerance = new LinkedHashMap<>(entry.tolerated());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Replaces what was recorded with the corrected entry. */
    void correct(VisitEntry entry, String by, Instant at) {
        this.visitDate = entry.visitDate();
        this.painLevel = entry.painLevel();
        this.notes = entry.notes();
        this.timedUpAndGoSeconds = entry.timedUpAndGoSeconds();
        this.chairStands30s = entry.chairStands30s();
        this.tolerance = new LinkedHashMap<>(entry.tolerated());
        this.correctedBy = by;
        this.correctedAt = at;
    }

    /** The visit as an entry, to fill the form for a correction. */
    public VisitEntry entry() {
        return new VisitEntry(visitDate, painLevel, notes, timedUpAndGoSeconds, chairStands30s, tolerance);
    }

    public long getVersion() {
        return version;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }

    public Long getId() {
        return id;
    }

    public long getPatientId() {
        return patientId;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public int getPainLevel() {
        return painLevel;
    }

    public String getNotes() {
        return notes;
    }

    public Double getTimedUpAndGoSeconds() {
        return timedUpAndGoSeconds;
    }

    public Integer getChairStands30s() {
        return chairStands30s;
    }

    /** Exercise id → tolerated, for the exercises the therapist asked about. */
    public Map<String, Boolean> getTolerance() {
        return Map.copyOf(tolerance);
    }

    /** The ids of the exercises the patient did not tolerate, in the order they were asked about. */
    public List<String> notTolerated() {
        return tolerance.entrySet().stream().filter(e -> Boolean.FALSE.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
