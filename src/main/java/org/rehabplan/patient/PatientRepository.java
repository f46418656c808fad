package org.rehabplan.patient;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PatientRepository extends JpaRepository<Patient, Long> {

    List<Patient> findByOwnerUsernameOrderByDisplayNameAsc(String ownerUsername);

    List<Patient> findAllByOrderByDisplayNameAsc();

    boolean existsByOwnerUsernameAndPatientRef(String ownerUsername, String patientRef);
}
