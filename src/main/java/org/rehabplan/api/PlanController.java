package org.rehabplan.api;

import org.rehabplan.patient.PatientProfile;
import org.rehabplan.planning.PlanGenerator;
import org.rehabplan.planning.PlanResult;
import org.rehabplan.protocol.Protocol;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Generates a program for a patient profile, synchronously within the configured solve time. */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final PlanGenerator generator;
    private final Protocol protocol;

    PlanController(PlanGenerator generator, Protocol protocol) {
        this.generator = generator;
        this.protocol = protocol;
    }

    @PostMapping("/generate")
    PlanResult generate(@RequestBody PatientProfile profile) {
        // the protocol's default restrictions apply unless the request turns them off ("protocolDefaults": false)
        return generator.generate(profile == null ? null : profile.withProtocolDefaults(protocol), java.util.List.of());
    }
}
