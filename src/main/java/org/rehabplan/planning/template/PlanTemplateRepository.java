package org.rehabplan.planning.template;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PlanTemplateRepository extends JpaRepository<PlanTemplate, Long> {

    List<PlanTemplate> findByOwnerUsernameOrderByNameAsc(String ownerUsername);

    List<PlanTemplate> findByOwnerUsernameAndProtocolIdOrderByNameAsc(String ownerUsername, String protocolId);

    Optional<PlanTemplate> findByIdAndOwnerUsername(long id, String ownerUsername);

    boolean existsByOwnerUsernameAndProtocolIdAndName(String ownerUsername, String protocolId, String name);

    @Query(value = "select template_id from patient_start_template where patient_id = :patientId", nativeQuery = true)
    Optional<Long> startTemplateOf(long patientId);

    @Modifying
    @Query(value = "insert into patient_start_template (patient_id, template_id) values (:patientId, :templateId)",
            nativeQuery = true)
    int startPatientFrom(long patientId, long templateId);

    @Modifying
    @Query(value = "delete from patient_start_template where template_id = :templateId", nativeQuery = true)
    int forgetStarts(long templateId);
}
