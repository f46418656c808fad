package org.rehabplan.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

    List<PlanVersion> findByPatientIdOrderByVersionNumberDesc(long patientId);

    Optional<PlanVersion> findFirstByPatientIdOrderByVersionNumberDesc(long patientId);

    @Query("select coalesce(max(v.versionNumber), 0) from PlanVersion v where v.patientId = :patientId")
    int maxVersionNumber(long patientId);

    /** Locks the patient's row until the transaction ends, so concurrent saves number their versions one by one. */
    @Query(value = "select id from patient where id = :patientId for update", nativeQuery = true)
    Long lockPatient(long patientId);
}
