package org.rehabplan.adherence;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/patients/{id}/adherence}: per week of the latest plan, {week, planned, done, effort, pain}. */
@RestController
class AdherenceController {

    private final AdherenceService adherence;

    AdherenceController(AdherenceService adherence) {
        this.adherence = adherence;
    }

    @GetMapping("/api/patients/{id}/adherence")
    List<WeekAdherence> adherence(@PathVariable long id) {
        return adherence.weekly(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No saved plan for that patient, or the patient is not yours"));
    }
}
