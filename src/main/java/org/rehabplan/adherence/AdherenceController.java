package org.rehabplan.adherence;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/patients/{id}/adherence}: per week of the latest plan, {week, planned, done, effort, pain}. */
@RestController
class AdherenceController {

    private final AdherenceService adherence;
    private final MessageSource messages;

    AdherenceController(AdherenceService adherence, MessageSource messages) {
        this.adherence = adherence;
        this.messages = messages;
    }

    /** The weeks, or a 404 saying (in the request's language, like every API error) that there is nothing to show. */
    @GetMapping("/api/patients/{id}/adherence")
    ResponseEntity<?> adherence(@PathVariable long id, Locale locale) {
        return adherence.weekly(id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of(
                        "message", messages.getMessage("api.adherence.noPlan", null, locale), "errors", List.of())));
    }
}
