package studio.smartwork.portal.integrations;

import java.util.Set;
import studio.smartwork.portal.identity.Actor;
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
    private final Actor actor;
    private final String name;

    AuthenticatedKey(TenantId tenant, long keyId, Set<ApiKeyScope> scopes, Actor actor, String name) {
        this.tenant = tenant;
        this.keyId = keyId;
        this.scopes = Set.copyOf(scopes);
        this.actor = actor;
        this.name = name;
    }

    /**
     * Who acts on a call with this key: its creator, with their platform role, so a call can do at
     * most what they can do in the tenant today, and only within the key's scopes (decision 0101).
     * Named with the key, so the activity log and "recorded by" tell an automation's work
     * ("Carla Romero · API: Voice agent").
     */
    public Actor actor() {
        return actor;
    }

    /** The key's name, as its owners gave it ("Voice agent"). */
    public String name() {
        return name;
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
