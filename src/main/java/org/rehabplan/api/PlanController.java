package org.rehabplan.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.base.ReasonText;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.planning.service.SolveGate;
import org.rehabplan.planning.service.SolvedPlan;
import org.rehabplan.protocol.ProtocolRegistry;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.WebAsyncTask;

/** Generates a program for a patient profile, synchronously within the configured solve time. */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final SolveGate gate;
    private final SolveAnswers answers;
    private final ProtocolRegistry protocols;
    private final ReasonText reasons;

    PlanController(SolveGate gate, SolveAnswers answers, ProtocolRegistry protocols, ReasonText reasons) {
        this.gate = gate;
        this.answers = answers;
        this.protocols = protocols;
        this.reasons = reasons;
    }

    /**
     * Through the solve gate: 429/503 with Retry-After when over the limits, the best plan by the deadline, and the
     * solve stopped when the client goes away. Each reason keeps its data ({@code code}, week, exercise, args) and gains
     * a {@code text} in the Accept-Language's words.
     */
    @PostMapping("/generate")
    WebAsyncTask<PlanResult> generate(@RequestBody PatientProfile profile, HttpServletRequest request) {
        // the protocol's default restrictions apply unless the request turns them off ("protocolDefaults": false)
        SolveGate.Solve solve = gate.start(CurrentUser.name(), ProtocolChoice.settle(protocols, profile), List.of(),
                progress -> { }, done -> { }, error -> { });
        Locale locale = request.getLocale();
        return answers.answer(request, solve, solved -> PlanInWords.of(solved.result(), reasons, locale));
    }
}
