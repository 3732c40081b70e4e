package studio.smartwork.portal.integrations;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.PortalTexts;

/**
 * The API's errors as RFC 9457 problem details: a stable {@code type} per kind of problem, a
 * title and a detail in the caller's language (Spanish when the request asks for it with
 * {@code Accept-Language}, else English), and for input problems every field with its reason.
 * One place builds them, for the filter in front of the API and for the controllers behind it.
 */
@Component
public class ApiProblems {

    /** Problem types are tag URIs: stable names, not pages to fetch (RFC 9457, section 3.1.1). */
    static final String TYPE_PREFIX = "tag:smartwork.studio,2026:problem/";

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final PortalTexts texts;

    ApiProblems(PortalTexts texts) {
        this.texts = texts;
    }

    /** The language of the caller: the first language of {@code Accept-Language} the portal speaks. */
    public Language languageOf(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Language.ENGLISH;
        }
        for (Locale locale : java.util.Collections.list(request.getLocales())) {
            var language = Language.of(locale);
            if (language.isPresent()) {
                return language.get();
            }
        }
        return Language.ENGLISH;
    }

    public String text(HttpServletRequest request, Message message) {
        return texts.text(languageOf(request), message);
    }

    /** A problem of one kind ({@code "invalid-input"}) with its title and detail in the caller's words. */
    public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String kind, Message detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(request, detail));
        problem.setType(URI.create(TYPE_PREFIX + kind));
        problem.setTitle(texts.text(languageOf(request), Message.of("integrations.api.problem." + kind)));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** Seconds a caller is asked to wait when the database is out of reach: a restart or failover takes about that. */
    public static final int RETRY_DATABASE_AFTER_SECONDS = 5;

    /**
     * The database could not be reached (a restart, a failover): 503 with a reference that the log
     * has beside the whole failure, and a request to try again shortly. Whether a write that broke
     * was stored is not known, so the words say how to send it again safely rather than "nothing was stored".
     */
    public ProblemDetail databaseUnreachable(HttpServletRequest request, Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.warn("API call {} {}: the database could not be reached, reference {}", request.getMethod(), request.getRequestURI(),
                reference, failure);
        ProblemDetail problem = problem(request, HttpStatus.SERVICE_UNAVAILABLE, "database-unreachable",
                Message.of("integrations.api.database-unreachable", RETRY_DATABASE_AFTER_SECONDS, reference));
        problem.setProperty("reference", reference);
        return problem;
    }

    /** A field and what is wrong with it, as the API writes it in {@code errors}. */
    public Map<String, String> fieldError(HttpServletRequest request, String field, Message reason) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("reason", text(request, reason));
        error.put("code", reason.key());
        return error;
    }

    /** The same problem as a plain map, for the filter, which writes before Spring MVC is reached. */
    static Map<String, @Nullable Object> asMap(ProblemDetail problem) {
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance() == null ? null : problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
