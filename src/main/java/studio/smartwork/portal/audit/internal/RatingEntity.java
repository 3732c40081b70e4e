package studio.smartwork.portal.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "audit_task_rating")
public class RatingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    @Column(name = "campaign_id")
    private long campaignId;
    @Column(name = "person_id")
    private long personId;
    @Column(name = "task_id")
    private long taskId;
    private @Nullable Short repetitive;
    @Column(name = "rule_based")
    private @Nullable Short ruleBased;
    private @Nullable Short predictable;
    private @Nullable Short friction;
    @Column(name = "breaks_where")
    private @Nullable String breaksWhere;
    @Version
    private long version;

    protected RatingEntity() {
    }

    public RatingEntity(long tenantId, long campaignId, long personId, long taskId) {
        this.tenantId = tenantId;
        this.campaignId = campaignId;
        this.personId = personId;
        this.taskId = taskId;
    }

    public long taskId() {
        return taskId;
    }

    public @Nullable Integer repetitive() {
        return repetitive == null ? null : repetitive.intValue();
    }

    public @Nullable Integer ruleBased() {
        return ruleBased == null ? null : ruleBased.intValue();
    }

    public @Nullable Integer predictable() {
        return predictable == null ? null : predictable.intValue();
    }

    public @Nullable Integer friction() {
        return friction == null ? null : friction.intValue();
    }

    public @Nullable String breaksWhere() {
        return breaksWhere;
    }

    public void set(@Nullable Integer repetitive, @Nullable Integer ruleBased, @Nullable Integer predictable,
            @Nullable Integer friction, @Nullable String breaksWhere) {
        this.repetitive = small(repetitive);
        this.ruleBased = small(ruleBased);
        this.predictable = small(predictable);
        this.friction = small(friction);
        this.breaksWhere = breaksWhere;
    }

    private static @Nullable Short small(@Nullable Integer value) {
        return value == null ? null : value.shortValue();
    }
}
