package org.rehabplan.api;

import java.util.List;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.protocol.ProtocolRegistry;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Generates a program for a patient profile, synchronously within the configured solve time. */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final SolveGate gate;
    private final ProtocolRegistry protocols;

    PlanController(SolveGate gate, ProtocolRegistry protocols) {
        this.gate = gate;
        this.protocols = protocols;
    }

    /** Through the solve gate: 429/503 with Retry-After when over the limits, the best plan by the deadline. */
    @PostMapping("/generate")
    PlanResult generate(@RequestBody PatientProfile profile) {
        // the protocol's default restrictions apply unless the request turns them off ("protocolDefaults": false)
        return gate.solve(CurrentUser.name(), ProtocolChoice.settle(protocols, profile),
                List.of());
    }
}
