package org.rehabplan.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A therapist's name and direct phone as printed for their patients, keyed by account username. */
@Entity
@Table(name = "therapist_contact")
class TherapistContact {

    @Id
    private String username;

    @Version
    private long version;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "direct_phone")
    private String directPhone;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TherapistContact() {
    }

    TherapistContact(String username) {
        this.username = username;
    }

    void update(TherapistDetails details, Instant at) {
        displayName = details.name();
        directPhone = details.directPhone();
        updatedAt = at;
    }

    TherapistDetails details() {
        return new TherapistDetails(displayName, directPhone);
    }
}
