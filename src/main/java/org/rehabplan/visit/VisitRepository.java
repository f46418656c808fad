package org.rehabplan.visit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitRepository extends JpaRepository<Visit, Long> {

    List<Visit> findByPatientIdOrderByVisitDateAscIdAsc(long patientId);

    Optional<Visit> findByIdAndPatientId(long id, long patientId);
}
