package studio.smartwork.portal.integrations;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import studio.smartwork.portal.database.DatabaseFailures;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import tools.jackson.databind.json.JsonMapper;

/**
 * In front of every {@code /api/v1} call: finds the key in {@code Authorization: Bearer sw_…}
 * (unknown and revoked keys alike get 401 at once, as the key is looked up on every call),
 * applies the key's rate (429 with {@code Retry-After}), checks that the person the key acts for
 * still belongs to the tenant, notes the key's use, and lets the call through as that key.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final Duration CREATOR_CHECKED_EVERY = Duration.ofSeconds(10);

    private final ApiKeys keys;
    private final ApiRateLimits limits;
    private final ApiProblems problems;
    private final TenantScope tenantScope;
    private final JsonMapper json;
    private final Clock clock;
    /**
     * When this replica last saw each key's creator still in the tenant. Only the wording of a
     * refusal depends on it: every service call checks the creator's access again in its own
     * transaction, so a creator who left is refused at once either way.
     */
    private final Map<Long, Instant> creatorSeen = new ConcurrentHashMap<>();
    /** When this replica last noted each key's use, so that a busy key does not write on every call. */
    private final Map<Long, Instant> notedUse = new ConcurrentHashMap<>();

    ApiKeyFilter(ApiKeys keys, ApiRateLimits limits, ApiProblems problems, TenantScope tenantScope, JsonMapper json, Clock clock) {
        this.keys = keys;
        this.limits = limits;
        this.problems = problems;
        this.tenantScope = tenantScope;
        this.json = json;
        this.clock = clock;
    }

    /** The API's description and its browsable page say how to call, not what is there: no key needed. */
    static boolean isDescription(String path) {
        return path.equals("/api/v1/openapi.json") || path.startsWith("/api/v1/openapi.json/")
                || !path.startsWith("/api/v1/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return isDescription(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            authenticatedCall(request, response, chain);
        } catch (RuntimeException failure) {
            // Here, before Spring MVC, its error answers do not apply: a database out of reach is said the same way.
            if (!DatabaseFailures.unreachable(failure) || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            response.setHeader("Retry-After", Integer.toString(ApiProblems.RETRY_DATABASE_AFTER_SECONDS));
            write(response, problems.databaseUnreachable(request, failure));
        }
    }

    private void authenticatedCall(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<AuthenticatedKey> found = keys.authenticate(bearer(request));
        if (found.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"SmartWork Portal API\"");
            write(response, problems.problem(request, HttpStatus.UNAUTHORIZED, "unauthorized",
                    Message.of("integrations.api.unauthorized")));
            return;
        }
        AuthenticatedKey key = found.get();
        ConsumptionProbe probe = limits.take(key.keyId());
        response.setHeader("RateLimit-Limit", Long.toString(limits.perSecond()));
        response.setHeader("RateLimit-Remaining", Long.toString(Math.max(probe.getRemainingTokens(), 0)));
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Math.ceilDiv(probe.getNanosToWaitForRefill(), 1_000_000_000L));
            response.setHeader("Retry-After", Long.toString(seconds));
            write(response, problems.problem(request, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    Message.of("integrations.api.rate-limited", limits.perSecond(), seconds)));
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new KeyAuthentication(new ApiKeyPrincipal(key, Instant.now(clock))));
        SecurityContextHolder.setContext(context);
        try {
            if (!creatorStillBelongs(key)) {
                write(response, problems.problem(request, HttpStatus.UNAUTHORIZED, "unauthorized",
                        Message.of("integrations.api.creator-left")));
                return;
            }
            noteUse(key);
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private boolean creatorStillBelongs(AuthenticatedKey key) {
        Instant now = Instant.now(clock);
        Instant seen = creatorSeen.get(key.keyId());
        if (seen != null && seen.isAfter(now.minus(CREATOR_CHECKED_EVERY))) {
            return true;
        }
        try {
            tenantScope.read(key.tenant(), session -> true);
            creatorSeen.put(key.keyId(), now);
            return true;
        } catch (TenantNotFoundException left) {
            creatorSeen.remove(key.keyId());
            return false;
        }
    }

    private void noteUse(AuthenticatedKey key) {
        Instant now = Instant.now(clock);
        Instant last = notedUse.get(key.keyId());
        if (last == null || last.isBefore(now.minus(ApiKeys.USE_NOTED_EVERY))) {
            notedUse.put(key.keyId(), now);
            keys.markUsed(key);
        }
    }

    private static @Nullable String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).trim();
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(ApiProblems.asMap(problem)));
    }

    /** An authenticated API call; it carries no authorities, as scopes and the tenant's role decide. */
    static final class KeyAuthentication extends AbstractAuthenticationToken {

        private final ApiKeyPrincipal principal;

        KeyAuthentication(ApiKeyPrincipal principal) {
            super(List.of());
            this.principal = principal;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }
    }
}
