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
    private final long actsFor;
    private final String name;
    private final String creatorName;

    AuthenticatedKey(TenantId tenant, long keyId, Set<ApiKeyScope> scopes, long actsFor, String name, String creatorName) {
        this.creatorName = creatorName;
        this.tenant = tenant;
        this.keyId = keyId;
        this.scopes = Set.copyOf(scopes);
        this.actsFor = actsFor;
        this.name = name;
    }

    /**
     * The person the key acts for: the one who created it. A call can do at most what they can
     * do in the tenant today, and only within the key's scopes (decision 0101).
     */
    public long actsFor() {
        return actsFor;
    }

    /**
     * Who acts on a call with this key, in the activity log and as "recorded by": the creator,
     * named with the key so people can tell an automation's work ("Carla Romero · API: Voice agent").
     */
    public String actorName() {
        return creatorName + " · API: " + name;
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
