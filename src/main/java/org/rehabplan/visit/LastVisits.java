package org.rehabplan.visit;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The date of each patient's latest visit in one query, for the patient list (reading each patient's visits would
 * log every patient of the list as "viewed").
 */
@Service
public class LastVisits {

    private final EntityManager entityManager;

    LastVisits(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Callers pass only ids of the signed-in therapist's own patients. */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> of(Collection<Long> patientIds) {
        Map<Long, LocalDate> latest = new HashMap<>();
        if (patientIds.isEmpty()) {
            return latest;
        }
        entityManager.createQuery("select v.patientId, max(v.visitDate) from Visit v where v.patientId in :ids "
                        + "group by v.patientId", Object[].class)
                .setParameter("ids", patientIds)
                .getResultList()
                .forEach(row -> latest.put((Long) row[0], (LocalDate) row[1]));
        return latest;
    }
}
