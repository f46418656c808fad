package org.rehabplan.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad catalog at start-up into Spring Boot's plain "APPLICATION FAILED TO START" report, no stack trace. */
class InvalidCatalogFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCatalogException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidCatalogException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the files named above (each line gives the file, the exercise, the field and the problem; "
                        + "exercises/schema/ has the JSON Schemas), or point rehabplan.catalog.location at a valid "
                        + "catalog folder, then start again.", cause);
    }
}
