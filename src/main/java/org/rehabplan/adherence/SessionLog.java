package org.rehabplan.adherence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One thing a patient reported from the phone page (V201): an exercise or a whole session done, effort, pain. */
@Entity
@Table(name = "session_log")
class SessionLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "share_link_id", nullable = false, updatable = false)
    private long shareLinkId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "plan_version_id", nullable = false, updatable = false)
    private long planVersionId;

    @Column(name = "session_date", nullable = false, updatable = false)
    private LocalDate sessionDate;

    @Column(name = "exercise_id", updatable = false)
    private String exerciseId;

    @Column(updatable = false)
    private Integer effort;

    @Column(updatable = false)
    private Integer pain;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected SessionLog() {
    }

    SessionLog(long shareLinkId, long patientId, long planVersionId, LocalDate sessionDate, String exerciseId,
               Integer effort, Integer pain, Instant recordedAt) {
        this.shareLinkId = shareLinkId;
        this.patientId = patientId;
        this.planVersionId = planVersionId;
        this.sessionDate = sessionDate;
        this.exerciseId = exerciseId;
        this.effort = effort;
        this.pain = pain;
        this.recordedAt = recordedAt;
    }

    LocalDate getSessionDate() {
        return sessionDate;
    }

    String getExerciseId() {
        return exerciseId;
    }

    Integer getEffort() {
        return effort;
    }

    Integer getPain() {
        return pain;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
