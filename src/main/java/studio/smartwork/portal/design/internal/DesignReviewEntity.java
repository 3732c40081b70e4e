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
@Table(name = "design_review")
public class DesignReviewEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    @Column(name = "record_id")
    private long recordId;
    private int revision;
    private String decision = "";
    private String comment = "";
    @Column(name = "decided_by")
    private long decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt = Instant.now();

    protected DesignReviewEntity() {
    }

    public DesignReviewEntity(long tenantId, long recordId, int revision, String decision, String comment, long decidedBy, Instant now) {
        this.tenantId = tenantId;
        this.recordId = recordId;
        this.revision = revision;
        this.decision = decision;
        this.comment = comment;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    public int revision() {
        return revision;
    }

    public String decision() {
        return decision;
    }

    public String comment() {
        return comment;
    }

    public long decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
