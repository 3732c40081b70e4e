package studio.smartwork.portal.design.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.DesignStatus;

@Entity
@Table(name = "design_record")
public class DesignRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    private int number;
    private String title = "";
    @Enumerated(EnumType.STRING)
    private DesignStatus status = DesignStatus.DRAFT;
    @Column(name = "current_revision")
    private int currentRevision = 1;
    @Column(name = "approved_revision")
    private @Nullable Integer approvedRevision;
    @Column(name = "live_since")
    private @Nullable LocalDate liveSince;
    @Column(name = "retired_on")
    private @Nullable LocalDate retiredOn;
    @Column(name = "improves_record_id")
    private @Nullable Long improvesRecordId;
    @Column(name = "template_id")
    private @Nullable Long templateId;
    @Column(name = "template_version")
    private @Nullable Integer templateVersion;
    @Column(name = "created_by")
    private @Nullable Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt = Instant.now();
    @Column(name = "updated_at")
    private Instant updatedAt = Instant.now();
    @Version
    private long version;

    protected DesignRecordEntity() {
    }

    public DesignRecordEntity(long tenantId, int number, String title, long createdBy, @Nullable Long improvesRecordId, Instant now) {
        this.tenantId = tenantId;
        this.number = number;
        this.title = title;
        this.createdBy = createdBy;
        this.improvesRecordId = improvesRecordId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Record not saved yet");
        }
        return id;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public DesignStatus status() {
        return status;
    }

    public int currentRevision() {
        return currentRevision;
    }

    public @Nullable Integer approvedRevision() {
        return approvedRevision;
    }

    public @Nullable LocalDate liveSince() {
        return liveSince;
    }

    public @Nullable LocalDate retiredOn() {
        return retiredOn;
    }

    public @Nullable Long improvesRecordId() {
        return improvesRecordId;
    }

    /** The template this record was started from, with {@link #templateVersion()}; none for a record started blank. */
    public @Nullable Long templateId() {
        return templateId;
    }

    public @Nullable Integer templateVersion() {
        return templateVersion;
    }

    /** Remembers the template version the record was started from; set once, when the record starts. */
    public void startedFrom(long templateId, int templateVersion) {
        this.templateId = templateId;
        this.templateVersion = templateVersion;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public void newRevision(int revision, String title, Instant now) {
        this.currentRevision = revision;
        this.title = title;
        this.updatedAt = now;
    }

    public void moveTo(DesignStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public void approve(int revision, Instant now) {
        this.approvedRevision = revision;
        moveTo(DesignStatus.APPROVED, now);
    }

    public void goLive(LocalDate since, Instant now) {
        this.liveSince = since;
        moveTo(DesignStatus.LIVE, now);
    }

    public void retire(LocalDate on, Instant now) {
        this.retiredOn = on;
        moveTo(DesignStatus.RETIRED, now);
    }
}
