package org.rehabplan.api;

import org.rehabplan.patient.PatientProfile;
import org.rehabplan.planning.PlanGenerator;
import org.rehabplan.planning.PlanResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Generates a program for a patient profile, synchronously within the configured solve time. */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final PlanGenerator generator;

    PlanController(PlanGenerator generator) {
        this.generator = generator;
    }

    @PostMapping("/generate")
    PlanResult generate(@RequestBody PatientProfile profile) {
        return generator.generate(profile, java.util.List.of());
    }
}
