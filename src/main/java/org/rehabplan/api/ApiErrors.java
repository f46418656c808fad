package org.rehabplan.api;

import java.util.List;
import java.util.stream.Collectors;
import org.rehabplan.patient.InvalidProfileException;
import org.rehabplan.patient.PatientNotFoundException;
import org.rehabplan.patient.ProfileProblem;
import org.rehabplan.planning.service.SolveRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/** Bad input becomes a 400 with one message per field; never a 500. */
@RestControllerAdvice(basePackages = "org.rehabplan.api")
class ApiErrors {

    /** The body of every 4xx answer: a summary and the problems by field. */
    record ErrorBody(String message, List<ProfileProblem> errors) {
    }

    @ExceptionHandler(InvalidProfileException.class)
    ResponseEntity<ErrorBody> invalidProfile(InvalidProfileException e) {
        return ResponseEntity.badRequest().body(new ErrorBody("The patient profile is invalid", e.problems()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = jacksonCause(e);
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            return ResponseEntity.badRequest().body(new ErrorBody("The request body could not be read",
                    List.of(new ProfileProblem(field, describe(jackson)))));
        }
        String detail = cause instanceof JacksonException jackson ? jackson.getOriginalMessage() : "unreadable body";
        return ResponseEntity.badRequest().body(new ErrorBody("The request body is not valid JSON",
                List.of(new ProfileProblem("body", firstLine(detail)))));
    }

    @ExceptionHandler(PatientNotFoundException.class)
    ResponseEntity<ErrorBody> notFound(PatientNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ErrorBody(e.getMessage(), List.of()));
    }

    @ExceptionHandler(MissingFieldException.class)
    ResponseEntity<ErrorBody> missingField(MissingFieldException e) {
        return ResponseEntity.badRequest().body(new ErrorBody("A field of the request is missing or invalid",
                List.of(new ProfileProblem(e.field(), e.getMessage()))));
    }

    /** Someone saved the patient after the client read it: refuse rather than overwrite their change. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ErrorBody> conflict(ObjectOptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ErrorBody("The patient was changed by someone "
                + "else since you read it (your version is out of date). Nothing was saved: GET it again, re-apply "
                + "your change and send it with the new version.", List.of(new ProfileProblem("version",
                "is not the current version"))));
    }

    /**
     * A write that met another one at the same moment (a unique key or a lock taken first). Nothing half-written is
     * kept; the client can repeat the request.
     */
    @ExceptionHandler({org.springframework.dao.DataIntegrityViolationException.class,
            org.springframework.dao.PessimisticLockingFailureException.class})
    ResponseEntity<ErrorBody> concurrentWrite(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ErrorBody("Someone else saved at the same moment; "
                + "nothing of this request was saved. Send it again.", List.of()));
    }

    /** Too many solves of this account (429) or a full solver queue (503): come back after Retry-After seconds. */
    @ExceptionHandler(SolveRefusedException.class)
    ResponseEntity<ErrorBody> solveRefused(SolveRefusedException e) {
        HttpStatus status = e.reason() == SolveRefusedException.Reason.ACCOUNT_LIMIT ? HttpStatus.TOO_MANY_REQUESTS
                : HttpStatus.SERVICE_UNAVAILABLE;
        return ResponseEntity.status(status).header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .body(new ErrorBody(e.getMessage(), List.of()));
    }

    /** The client left before its plan was ready (its solve is stopped): the answer goes nowhere. */
    @ExceptionHandler(SolveAnswers.ClientGoneException.class)
    ResponseEntity<ErrorBody> clientGone(SolveAnswers.ClientGoneException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new ErrorBody(e.getMessage(), List.of()));
    }

    /** The outermost Jackson exception (it carries the field path); otherwise the most specific cause. */
    private static Throwable jacksonCause(HttpMessageNotReadableException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                return t;
            }
        }
        return e.getMostSpecificCause();
    }

    private static String describe(JacksonException e) {
        if (e.getCause() instanceof java.time.format.DateTimeParseException parse) {
            return "cannot read '" + parse.getParsedString() + "' as a date; use YYYY-MM-DD, e.g. 2026-11-24";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            Object[] allowed = invalid.getTargetType().getEnumConstants();
            return "unknown value " + invalid.getValue() + "; allowed: "
                    + java.util.Arrays.stream(allowed).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException invalid) {
            return "cannot read " + invalid.getValue() + " as " + invalid.getTargetType().getSimpleName();
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
