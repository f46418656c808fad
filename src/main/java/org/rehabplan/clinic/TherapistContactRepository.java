package org.rehabplan.clinic;

import org.springframework.data.jpa.repository.JpaRepository;

interface TherapistContactRepository extends JpaRepository<TherapistContact, String> {
}
