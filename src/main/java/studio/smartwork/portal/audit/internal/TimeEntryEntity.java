package studio.smartwork.portal.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "audit_time_entry")
public class TimeEntryEntity {

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
    @Column(name = "entry_date")
    private LocalDate date = LocalDate.MIN;
    private int minutes;
    private int occurrences;
    private @Nullable String note;
    /** The loaded hourly cost in force when the time was logged, and the team it came from. */
    @Column(name = "hourly_cost")
    private BigDecimal hourlyCost = BigDecimal.ZERO;
    @Column(name = "team_id")
    private @Nullable Long teamId;
    @Version
    private long version;

    protected TimeEntryEntity() {
    }

    public TimeEntryEntity(long tenantId, long campaignId, long personId, LoggedCost cost, long taskId, LocalDate date,
            int minutes, int occurrences, @Nullable String note) {
        this.tenantId = tenantId;
        this.hourlyCost = cost.hourlyCost();
        this.teamId = cost.teamId();
        this.campaignId = campaignId;
        this.personId = personId;
        this.taskId = taskId;
        this.date = date;
        this.minutes = minutes;
        this.occurrences = occurrences;
        this.note = note;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Entry not saved yet");
        }
        return id;
    }

    public long campaignId() {
        return campaignId;
    }

    public long personId() {
        return personId;
    }

    public long taskId() {
        return taskId;
    }

    public LocalDate date() {
        return date;
    }

    public int minutes() {
        return minutes;
    }

    public int occurrences() {
        return occurrences;
    }

    public @Nullable String note() {
        return note;
    }

    public long version() {
        return version;
    }

    /** New minutes and occurrences from the weekly grid; task, day and note stay as they are. */
    public void changeAmount(int minutes, int occurrences) {
        this.minutes = minutes;
        this.occurrences = occurrences;
    }

    public void change(long taskId, LocalDate date, int minutes, int occurrences, @Nullable String note) {
        this.taskId = taskId;
        this.date = date;
        this.minutes = minutes;
        this.occurrences = occurrences;
        this.note = note;
    }
}
