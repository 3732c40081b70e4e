package studio.smartwork.portal.integrations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "api_key")
public class ApiKeyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    private String name = "";
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "scopes", columnDefinition = "text[]")
    private String[] scopes = new String[0];
    private String prefix = "";
    @Column(name = "key_hash")
    private byte[] keyHash = new byte[0];
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;
    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;
    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;
    @Column(name = "revoked_by")
    private @Nullable Long revokedBy;

    protected ApiKeyEntity() {
    }

    public ApiKeyEntity(long tenantId, String name, List<String> scopes, String prefix, byte[] keyHash, long createdBy, Instant createdAt) {
        this.tenantId = tenantId;
        this.name = name;
        this.scopes = scopes.toArray(String[]::new);
        this.prefix = prefix;
        this.keyHash = keyHash.clone();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("The key is not saved yet");
        }
        return id;
    }

    public String name() {
        return name;
    }

    public List<String> scopes() {
        return List.of(scopes);
    }

    public String prefix() {
        return prefix;
    }

    public long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    public @Nullable Long revokedBy() {
        return revokedBy;
    }

    public void revoke(long personId, Instant at) {
        this.revokedBy = personId;
        this.revokedAt = at;
    }
}
