package org.rehabplan.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one row of clinic details (id 1); absent until an admin first saves, then the configured defaults apply. */
@Entity
@Table(name = "clinic_settings")
class ClinicSettings {

    static final long ONLY = 1L;

    @Id
    private Long id = ONLY;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String phone;

    private String address;

    @Column(name = "opening_hours")
    private String openingHours;

    /** null in rows saved before the setting existed: kilograms only. */
    @Column(name = "weight_units")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private WeightUnits weightUnits;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ClinicSettings() {
    }

    ClinicSettings(ClinicDetails details, String by, Instant at) {
        update(details, by, at);
    }

    void update(ClinicDetails details, String by, Instant at) {
        name = details.name();
        phone = details.phone();
        address = details.address();
        openingHours = details.openingHours();
        weightUnits = details.units();
        updatedBy = by;
        updatedAt = at;
    }

    ClinicDetails details() {
        return new ClinicDetails(name, phone, address, openingHours, weightUnits);
    }
}
