package studio.smartwork.portal.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "audit_campaign")
public class CampaignEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    private String name = "";
    @Column(name = "starts_on")
    private LocalDate startsOn = LocalDate.MIN;
    @Column(name = "ends_on")
    private LocalDate endsOn = LocalDate.MIN;
    private String status = "OPEN";
    @Column(name = "closed_at")
    private @Nullable Instant closedAt;
    /** The tenant's working days per month when the campaign was closed; its figures keep them. */
    @Column(name = "closed_working_days_per_month")
    private @Nullable Integer closedWorkingDaysPerMonth;
    @Version
    private long version;

    protected CampaignEntity() {
    }

    public CampaignEntity(long tenantId, String name, LocalDate startsOn, LocalDate endsOn) {
        this.tenantId = tenantId;
        change(name, startsOn, endsOn);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Campaign not saved yet");
        }
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    public void change(String name, LocalDate startsOn, LocalDate endsOn) {
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public @Nullable Integer closedWorkingDaysPerMonth() {
        return closedWorkingDaysPerMonth;
    }

    /** Closes the campaign; its figures are kept with the working days per month in force now. */
    public void close(int workingDaysPerMonth, Instant at) {
        this.status = "CLOSED";
        this.closedAt = at;
        this.closedWorkingDaysPerMonth = workingDaysPerMonth;
    }

    public void reopen() {
        this.status = "OPEN";
        this.closedAt = null;
        this.closedWorkingDaysPerMonth = null;
    }
}
