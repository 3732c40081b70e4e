package studio.smartwork.portal.design.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "design_comment")
public class DesignCommentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    @Column(name = "record_id")
    private long recordId;
    @Column(name = "parent_id")
    private @Nullable Long parentId;
    @Column(name = "author_id")
    private long authorId;
    private String body = "";
    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected DesignCommentEntity() {
    }

    public DesignCommentEntity(long tenantId, long recordId, @Nullable Long parentId, long authorId, String body, Instant now) {
        this.tenantId = tenantId;
        this.recordId = recordId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Comment not saved yet");
        }
        return id;
    }

    public long recordId() {
        return recordId;
    }

    public @Nullable Long parentId() {
        return parentId;
    }

    public long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
