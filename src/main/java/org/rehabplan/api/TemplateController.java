package org.rehabplan.api;

import java.net.URI;
import java.util.List;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.planning.template.PlanTemplateService.Template;
import org.rehabplan.planning.template.PlanTemplateService;
import org.rehabplan.planning.template.TemplateChoices;
import org.rehabplan.planning.template.TemplateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in therapist's plan templates: {@code GET /api/templates[?protocolId=]}, {@code POST /api/templates},
 * {@code GET} and {@code DELETE /api/templates/{id}}. Someone else's template is a 404, like a missing one.
 */
@RestController
@RequestMapping("/api/templates")
class TemplateController {

    private final PlanTemplateService templates;

    TemplateController(PlanTemplateService templates) {
        this.templates = templates;
    }

    /** POST body: a name, the protocol and the choices to keep. */
    record NewTemplate(String name, String protocolId, List<String> favouriteExerciseIds,
                       List<String> excludedExerciseIds, List<PinnedExercise> locks) {
    }

    @GetMapping
    List<Template> list(@RequestParam(required = false) String protocolId) {
        return templates.list(protocolId);
    }

    @GetMapping("/{id}")
    Template one(@PathVariable long id) {
        return templates.find(id).orElseThrow(() -> new TemplateNotFoundException(id));
    }

    @PostMapping
    ResponseEntity<Template> create(@RequestBody NewTemplate body) {
        if (body == null) {
            throw new MissingFieldException("body", "give the template's name, protocolId and choices");
        }
        Template saved = templates.save(body.name(), body.protocolId(),
                new TemplateChoices(body.favouriteExerciseIds(), body.excludedExerciseIds(), body.locks()));
        return ResponseEntity.created(URI.create("/api/templates/" + saved.id())).body(saved);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        templates.delete(id);
    }

    @ExceptionHandler(TemplateNotFoundException.class)
    ResponseEntity<ApiErrors.ErrorBody> notFound(TemplateNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiErrors.ErrorBody(e.getMessage(), List.of()));
    }
}
