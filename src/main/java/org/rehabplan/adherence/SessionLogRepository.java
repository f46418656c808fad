package org.rehabplan.adherence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionLogRepository extends JpaRepository<SessionLog, Long> {

    List<SessionLog> findByPatientIdOrderByRecordedAtAsc(long patientId);

    List<SessionLog> findByPatientIdAndSessionDateBetweenOrderByRecordedAtAsc(long patientId, LocalDate from,
                                                                              LocalDate to);
}
