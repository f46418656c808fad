package org.rehabplan.schedule;

import org.rehabplan.patient.PatientArchive;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ends a patient's program: the patient is archived as discharged and every share link still open is revoked. */
@Service
public class Discharge {

    private final PatientArchive archive;
    private final ShareLinkService links;

    Discharge(PatientArchive archive, ShareLinkService links) {
        this.archive = archive;
        this.links = links;
    }

    /** Returns how many share links were revoked. */
    @Transactional
    public int discharge(long patientId) {
        int revoked = 0;
        for (ShareLinkService.LinkSummary link : links.links(patientId)) {
            if (link.state() == ShareLinkService.State.ACTIVE) {
                links.revoke(patientId, link.id());
                revoked++;
            }
        }
        archive.archive(patientId, true);
        return revoked;
    }
}
