package studio.smartwork.portal.integrations;

import java.util.Set;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * A key that was presented and is valid: its tenant, its id and what it may do. Only
 * {@link ApiKeys#authenticate} makes one, so holding one is the proof that the key was shown;
 * the API acts in this tenant and nowhere else.
 */
public final class AuthenticatedKey {

    private final TenantId tenant;
    private final long keyId;
    private final Set<ApiKeyScope> scopes;

    AuthenticatedKey(TenantId tenant, long keyId, Set<ApiKeyScope> scopes) {
        this.tenant = tenant;
        this.keyId = keyId;
        this.scopes = Set.copyOf(scopes);
    }

    public TenantId tenant() {
        return tenant;
    }

    public long keyId() {
        return keyId;
    }

    public Set<ApiKeyScope> scopes() {
        return scopes;
    }

    public boolean allows(ApiKeyScope scope) {
        return scopes.contains(scope);
    }
}
