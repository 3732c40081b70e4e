package studio.smartwork.portal.activity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "activity")
public class ActivityEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    @Column(name = "occurred_at")
    private Instant occurredAt = Instant.now();
    @Column(name = "actor_id")
    private @Nullable Long actorId;
    private String summary = "";
    @Column(name = "summary_key")
    private @Nullable String summaryKey;
    @Column(name = "summary_args")
    private @Nullable String summaryArgs;

    protected ActivityEntity() {
    }

    /** An entry read in each reader's language: {@code summary} is its English text, kept for the data export. */
    public ActivityEntity(long tenantId, @Nullable Long actorId, String summary, String summaryKey, String summaryArgs,
            Instant occurredAt) {
        this(tenantId, actorId, summary, occurredAt);
        this.summaryKey = summaryKey;
        this.summaryArgs = summaryArgs;
    }

    public ActivityEntity(long tenantId, @Nullable Long actorId, String summary, Instant occurredAt) {
        this.tenantId = tenantId;
        this.actorId = actorId;
        this.summary = summary;
        this.occurredAt = occurredAt;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public @Nullable Long actorId() {
        return actorId;
    }

    public String summary() {
        return summary;
    }

    public @Nullable String summaryKey() {
        return summaryKey;
    }

    public @Nullable String summaryArgs() {
        return summaryArgs;
    }
}
