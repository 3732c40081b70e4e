package studio.smartwork.portal.integrations;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One of a tenant's API keys as its page shows it: never the key itself, only the prefix that
 * lets people tell their keys apart.
 */
public record ApiKey(long id, String name, String prefix, Set<ApiKeyScope> scopes, String createdBy, Instant createdAt,
        @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, @Nullable String revokedBy) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
