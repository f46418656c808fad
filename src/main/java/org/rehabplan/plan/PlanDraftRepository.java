package org.rehabplan.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PlanDraftRepository extends JpaRepository<PlanDraft, Long> {

    Optional<PlanDraft> findByPatientIdAndUsername(long patientId, String username);

    @Modifying
    @Query("delete from PlanDraft d where d.patientId = :patientId and d.username = :username")
    int deleteByOwner(long patientId, String username);
}
