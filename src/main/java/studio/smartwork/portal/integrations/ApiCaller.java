package studio.smartwork.portal.integrations;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The automation calling the HTTP API on this request: the key it presented, already checked
 * (known, not revoked, its creator still in the tenant, within its rate). A controller asks for
 * the scope its endpoint needs before it does anything else; the key's tenant is the only
 * tenant the call reaches.
 */
public final class ApiCaller {

    private ApiCaller() {
    }

    /** The calling key, if it holds the scope; otherwise the call is refused with 403. */
    public static AuthenticatedKey require(ApiKeyScope scope) {
        AuthenticatedKey key = current();
        if (!key.allows(scope)) {
            throw new MissingScopeException(scope);
        }
        return key;
    }

    static AuthenticatedKey current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ApiKeyPrincipal principal) {
            return principal.key();
        }
        throw new IllegalStateException("An API endpoint was reached without an API key");
    }

    /** A key without the scope an endpoint needs. */
    public static final class MissingScopeException extends RuntimeException {

        private final ApiKeyScope scope;

        MissingScopeException(ApiKeyScope scope) {
            super(scope.name());
            this.scope = scope;
        }

        public ApiKeyScope scope() {
            return scope;
        }
    }
}
