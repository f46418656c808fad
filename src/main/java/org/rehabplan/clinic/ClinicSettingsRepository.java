package org.rehabplan.clinic;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicSettingsRepository extends JpaRepository<ClinicSettings, Long> {
}
