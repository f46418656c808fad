package org.rehabplan.api;

import java.util.List;
import java.util.Locale;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.base.ReasonText;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.protocol.Protocol;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Generates a program for a patient profile, synchronously within the configured solve time. */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final SolveGate gate;
    private final Protocol protocol;
    private final ReasonText reasons;

    PlanController(SolveGate gate, Protocol protocol, ReasonText reasons) {
        this.gate = gate;
        this.protocol = protocol;
        this.reasons = reasons;
    }

    /**
     * Through the solve gate: 429/503 with Retry-After when over the limits, the best plan by the deadline. Each reason
     * keeps its data ({@code code}, week, exercise, args) and gains a {@code text} in the Accept-Language's words.
     */
    @PostMapping("/generate")
    PlanResult generate(@RequestBody PatientProfile profile, Locale locale) {
        // the protocol's default restrictions apply unless the request turns them off ("protocolDefaults": false)
        return gate.solve(CurrentUser.name(), profile == null ? null : profile.withProtocolDefaults(protocol),
                List.of()).withTexts(r -> reasons.render(r, locale));
    }
}
