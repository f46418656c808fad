package org.rehabplan.api;

import org.rehabplan.patient.PatientProfile;
import java.util.List;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.planning.PlanResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Generates a program for a patient profile, synchronously within the configured solve time. */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final SolveGate gate;

    PlanController(SolveGate gate) {
        this.gate = gate;
    }

    /** Through the solve gate: 429/503 with Retry-After when over the limits, the best plan by the deadline. */
    @PostMapping("/generate")
    PlanResult generate(@RequestBody PatientProfile profile) {
        return gate.solve(CurrentUser.name(), profile, List.of());
    }
}
