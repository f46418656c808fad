package org.rehabplan.patient;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PatientRepository extends JpaRepository<Patient, Long> {

    List<Patient> findByOwnerUsernameOrderByDisplayNameAsc(String ownerUsername);

    Optional<Patient> findByIdAndOwnerUsername(long id, String ownerUsername);

    long countByOwnerUsername(String ownerUsername);

    boolean existsByIdAndOwnerUsername(long id, String ownerUsername);

    boolean existsByOwnerUsernameAndPatientRef(String ownerUsername, String patientRef);
}
