package studio.smartwork.portal.integrations;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import studio.smartwork.portal.database.DatabaseFailures;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import tools.jackson.core.JacksonException;

/**
 * Every error of the API's controllers as a problem detail (RFC 9457), never a stack trace:
 * input problems name the field and the reason, refused batch items their index, a missing
 * scope the scope, something another tenant has (or nothing has) is "not found". An error
 * nobody foresaw is logged with a reference that the answer gives, and nothing else.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final ApiProblems problems;

    ApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiCaller.MissingScopeException.class)
    ResponseEntity<ProblemDetail> missingScope(ApiCaller.MissingScopeException e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(request, HttpStatus.FORBIDDEN, "insufficient-scope",
                Message.of("integrations.api.insufficient-scope", e.scope().apiName()));
        problem.setProperty("requiredScope", e.scope().apiName());
        return answer(problem);
    }

    @ExceptionHandler(RefusedItemsException.class)
    ResponseEntity<ProblemDetail> refusedItems(RefusedItemsException e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(request, HttpStatus.UNPROCESSABLE_CONTENT, "refused-items",
                Message.of("integrations.api.refused-items", e.refused().size(), e.total()));
        List<Map<String, Object>> refused = new ArrayList<>();
        for (RefusedItemsException.RefusedItem item : e.refused()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("index", item.index());
            entry.put("errors", item.reasons().stream()
                    .map(reason -> problems.fieldError(request, reason.field() == null ? "" : reason.field(), reason.message())).toList());
            refused.add(entry);
        }
        problem.setProperty("refused", refused);
        return answer(problem);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(request, HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input",
                Message.of("integrations.api.invalid-input"));
        problem.setProperty("errors", e.problems().entrySet().stream()
                .map(entry -> problems.fieldError(request, entry.getKey(), entry.getValue())).toList());
        return answer(problem);
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowedException e, HttpServletRequest request) {
        return answer(problems.problem(request, HttpStatus.FORBIDDEN, "not-allowed", e.reason()));
    }

    @ExceptionHandler({TenantNotFoundException.class, ApiNotFound.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e, HttpServletRequest request) {
        return answer(problems.problem(request, HttpStatus.NOT_FOUND, "not-found", Message.of("integrations.api.not-found")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseFailures.unreachable(e)) {
            ProblemDetail problem = problems.databaseUnreachable(request, e);
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header("Retry-After", Integer.toString(ApiProblems.RETRY_DATABASE_AFTER_SECONDS)).body(problem);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("API call {} {} failed, reference {}", request.getMethod(), request.getRequestURI(), reference, e);
        ProblemDetail problem = problems.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "server-error",
                Message.of("integrations.api.server-error", reference));
        problem.setProperty("reference", reference);
        return answer(problem);
    }

    /** Spring MVC's own refusals (bad JSON, wrong method or media type, missing parameter) in the same shape and words. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest webRequest) {
        HttpServletRequest request = ((ServletWebRequest) webRequest).getRequest();
        ProblemDetail problem = switch (e) {
            case HttpMessageNotReadableException unreadable -> unreadable(request, unreadable);
            case MissingServletRequestParameterException missing -> withError(
                    problems.problem(request, HttpStatus.BAD_REQUEST, "malformed-request", Message.of("integrations.api.malformed")),
                    problems.fieldError(request, missing.getParameterName(), Message.of("integrations.api.field.missing")));
            case HttpRequestMethodNotSupportedException method -> problems.problem(request, HttpStatus.METHOD_NOT_ALLOWED,
                    "method-not-allowed", Message.of("integrations.api.method-not-allowed", method.getMethod(),
                            String.join(", ", method.getSupportedMethods() == null ? new String[0] : method.getSupportedMethods())));
            case HttpMediaTypeNotSupportedException media -> problems.problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type", Message.of("integrations.api.unsupported-media-type"));
            case HttpMediaTypeNotAcceptableException media -> problems.problem(request, HttpStatus.NOT_ACCEPTABLE,
                    "not-acceptable", Message.of("integrations.api.not-acceptable"));
            case NoResourceFoundException missing -> problems.problem(request, HttpStatus.NOT_FOUND, "not-found",
                    Message.of("integrations.api.not-found"));
            default -> problems.problem(request, HttpStatus.valueOf(status.value()), "malformed-request",
                    Message.of("integrations.api.malformed"));
        };
        return new ResponseEntity<>(problem, headers, HttpStatus.valueOf(problem.getStatus()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(withError(problems.problem(request, HttpStatus.BAD_REQUEST, "malformed-request", Message.of("integrations.api.malformed")),
                problems.fieldError(request, e.getName(), Message.of("integrations.api.field.wrong-type"))));
    }

    private ProblemDetail unreadable(HttpServletRequest request, HttpMessageNotReadableException e) {
        ProblemDetail problem = problems.problem(request, HttpStatus.BAD_REQUEST, "malformed-request", Message.of("integrations.api.malformed"));
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return withError(problem, problems.fieldError(request, path(jackson), Message.of("integrations.api.field.wrong-type")));
        }
        return withError(problem, problems.fieldError(request, "", Message.of("integrations.api.body-not-json")));
    }

    /** The JSON path of the value that could not be read, as the request wrote it ({@code events[2].occurredAt}). */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ProblemDetail withError(ProblemDetail problem, Map<String, String> error) {
        problem.setProperty("errors", List.of(error));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
