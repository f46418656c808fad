package org.rehabplan.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rehabplan.base.i18n.Wording;
import org.rehabplan.patient.InvalidProfileException;
import org.rehabplan.patient.PatientNotFoundException;
import org.rehabplan.patient.ProfileProblem;
import org.rehabplan.planning.service.SolveRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Bad input becomes a 400 with one message per field; never a 500. Every answer is worded from the errors bundle
 * ({@code i18n/errors}) in the request's language ({@link ApiLanguage}): the exceptions carry keys and values, never
 * the sentence a client reads.
 */
@RestControllerAdvice(basePackages = "org.rehabplan.api")
class ApiErrors {

    /** The body of every 4xx answer: a summary and the problems by field. */
    record ErrorBody(String message, List<FieldMessage> errors) {
    }

    /** What is wrong with one field, in the request's language. */
    record FieldMessage(String field, String message) {
    }

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** A summary and the field problems, worded in the request's language. */
    ErrorBody body(String summaryKey, List<ProfileProblem> problems, Locale locale) {
        return new ErrorBody(Wording.of(summaryKey).in(messages, locale), problems.stream()
                .map(p -> new FieldMessage(p.field(), p.message(messages, locale))).toList());
    }

    /** A summary with its arguments and no field problems. */
    ErrorBody body(Wording summary, Locale locale) {
        return new ErrorBody(summary.in(messages, locale), List.of());
    }

    @ExceptionHandler(InvalidProfileException.class)
    ResponseEntity<ErrorBody> invalidProfile(InvalidProfileException e, Locale locale) {
        return ResponseEntity.badRequest().body(body("api.profile.invalid", e.problems(), locale));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e, Locale locale) {
        Throwable cause = jacksonCause(e);
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            return ResponseEntity.badRequest().body(body("api.body.unreadable",
                    List.of(new ProfileProblem(field, describe(jackson))), locale));
        }
        // the parser's own account of where the JSON breaks ("line 1, column 15") is for the client's developer:
        // it stays as the parser gives it, under a summary in the request's language
        String detail = cause instanceof JacksonException jackson ? jackson.getOriginalMessage() : "unreadable body";
        return ResponseEntity.badRequest().body(new ErrorBody(Wording.of("api.body.notJson").in(messages, locale),
                List.of(new FieldMessage("body", firstLine(detail)))));
    }

    /** A path or query parameter of the wrong type ({@code /api/patients/abc}): a 400 naming it, not an error page. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorBody> wrongParameter(MethodArgumentTypeMismatchException e, Locale locale) {
        Class<?> type = e.getRequiredType();
        boolean whole = type == long.class || type == Long.class || type == int.class || type == Integer.class;
        return ResponseEntity.badRequest().body(body("api.field.invalid", List.of(new ProfileProblem(e.getName(),
                whole ? Wording.of("api.param.wholeNumber", "value", String.valueOf(e.getValue()))
                        : Wording.of("api.param.invalid", "value", String.valueOf(e.getValue())))), locale));
    }

    @ExceptionHandler(PatientNotFoundException.class)
    ResponseEntity<ErrorBody> notFound(PatientNotFoundException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(body(Wording.of("api.patient.notFound", "id", String.valueOf(e.patientId())), locale));
    }

    @ExceptionHandler(MissingFieldException.class)
    ResponseEntity<ErrorBody> missingField(MissingFieldException e, Locale locale) {
        return ResponseEntity.badRequest().body(body("api.field.invalid",
                List.of(new ProfileProblem(e.field(), e.wording())), locale));
    }

    /** Someone saved the patient after the client read it: refuse rather than overwrite their change. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ErrorBody> conflict(ObjectOptimisticLockingFailureException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body("api.conflict.version",
                List.of(ProfileProblem.of("version", "api.conflict.version.field")), locale));
    }

    /**
     * A write that met another one at the same moment (a unique key or a lock taken first). Nothing half-written is
     * kept; the client can repeat the request.
     */
    @ExceptionHandler({org.springframework.dao.DataIntegrityViolationException.class,
            org.springframework.dao.PessimisticLockingFailureException.class})
    ResponseEntity<ErrorBody> concurrentWrite(RuntimeException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body(Wording.of("api.conflict.concurrent"), locale));
    }

    /** Too many solves of this account (429) or a full solver queue (503): come back after Retry-After seconds. */
    @ExceptionHandler(SolveRefusedException.class)
    ResponseEntity<ErrorBody> solveRefused(SolveRefusedException e, Locale locale) {
        boolean mine = e.reason() == SolveRefusedException.Reason.ACCOUNT_LIMIT;
        Wording why = mine ? Wording.of("api.solve.accountLimit", "limit", e.limit())
                : Wording.of("api.solve.busy", "seconds", e.retryAfterSeconds());
        return ResponseEntity.status(mine ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", Long.toString(e.retryAfterSeconds())).body(body(why, locale));
    }

    /** The client left before its plan was ready (its solve is stopped): the answer goes nowhere. */
    @ExceptionHandler(SolveAnswers.ClientGoneException.class)
    ResponseEntity<ErrorBody> clientGone(SolveAnswers.ClientGoneException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(body(Wording.of("api.solve.clientGone"), locale));
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

    private static Wording describe(JacksonException e) {
        if (e.getCause() instanceof java.time.format.DateTimeParseException parse) {
            return Wording.of("api.json.date", "value", parse.getParsedString());
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return Wording.of("api.json.enum", "value", String.valueOf(invalid.getValue()), "allowed",
                    Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                            .collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidFormatException invalid) {
            return Wording.of("api.json.type", "value", String.valueOf(invalid.getValue()),
                    "type", invalid.getTargetType().getSimpleName());
        }
        if (e instanceof UnrecognizedPropertyException) {
            return Wording.of("api.json.unknownField");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType());
        }
        // any other mismatch (a string for a number, a number for an enum...): the parser's own words, kept as they
        // are (a Wording whose key no bundle has reads as itself)
        return Wording.of(firstLine(e.getOriginalMessage()));
    }

    /** What a field of that type takes, for a value of another JSON type ("12" for a number, 1 for an enum). */
    private static Wording expected(Class<?> type) {
        if (type.isEnum()) {
            return Wording.of("api.json.expected.enum", "allowed", Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Wording.of("api.json.expected.wholeNumber");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return Wording.of("api.json.expected.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Wording.of("api.json.expected.boolean");
        }
        if (type == String.class) {
            return Wording.of("api.json.expected.text");
        }
        if (type == java.time.LocalDate.class) {
            return Wording.of("api.json.expected.date");
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Wording.of("api.json.expected.list");
        }
        return Wording.of("api.json.expected.object");
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
