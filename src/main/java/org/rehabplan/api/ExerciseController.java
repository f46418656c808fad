package org.rehabplan.api;

import java.util.List;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.Exercise;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only access to the validated exercise catalog. */
@RestController
@RequestMapping("/api/exercises")
class ExerciseController {

    private final Catalog catalog;

    ExerciseController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<Exercise> all() {
        return catalog.exercises();
    }

    @GetMapping("/{id}")
    ResponseEntity<Exercise> one(@PathVariable String id) {
        return ResponseEntity.of(catalog.find(id));
    }
}
