package org.rehabplan.api;

import org.rehabplan.patient.PatientProfile;
import org.rehabplan.protocol.ProtocolRegistry;

/**
 * A profile from a request, settled on its protocol: one that names none gets the default id written in (so a later
 * change of the default never moves a patient), and the named protocol's default restrictions apply unless the
 * request turned them off. An unknown id is left for the profile validator, which names the field.
 */
final class ProtocolChoice {

    private ProtocolChoice() {
    }

    static PatientProfile settle(ProtocolRegistry protocols, PatientProfile profile) {
        if (profile == null) {
            return null;
        }
        String id = profile.protocolId() == null ? protocols.defaultId() : profile.protocolId();
        PatientProfile named = profile.withProtocolId(id);
        return protocols.find(id).map(named::withProtocolDefaults).orElse(named);
    }
}
