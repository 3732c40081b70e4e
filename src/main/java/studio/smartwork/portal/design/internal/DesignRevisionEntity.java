package studio.smartwork.portal.design.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "design_revision")
public class DesignRevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    @Column(name = "record_id")
    private long recordId;
    private int revision;
    // Stored as jsonb so the database can be queried by content; written as JSON text.
    @ColumnTransformer(write = "?::jsonb")
    private String content = "{}";
    @Column(name = "created_by")
    private @Nullable Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected DesignRevisionEntity() {
    }

    public DesignRevisionEntity(long tenantId, long recordId, int revision, String content, long createdBy, Instant now) {
        this.tenantId = tenantId;
        this.recordId = recordId;
        this.revision = revision;
        this.content = content;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public long recordId() {
        return recordId;
    }

    public int revision() {
        return revision;
    }

    public String content() {
        return content;
    }

    public @Nullable Long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
