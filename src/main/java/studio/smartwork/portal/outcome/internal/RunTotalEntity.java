package studio.smartwork.portal.outcome.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.outcome.RunTotal;

@Entity
@Table(name = "run_total")
public class RunTotalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    @Column(name = "record_id")
    private long recordId;
    private LocalDate month = LocalDate.EPOCH;
    private int runs;
    private int succeeded;
    private int failed;
    @Column(name = "recorded_by")
    private long recordedBy;
    @Column(name = "recorded_by_name")
    private String recordedByName = "";
    @Column(name = "recorded_at")
    private Instant recordedAt = Instant.EPOCH;
    @Version
    private long version;

    protected RunTotalEntity() {
    }

    public RunTotalEntity(long tenantId, long recordId, YearMonth month) {
        this.tenantId = tenantId;
        this.recordId = recordId;
        this.month = month.atDay(1);
    }

    /** Sets the totals; who and when always describe the last change. */
    public void record(int runs, int succeeded, int failed, long personId, String personName, Instant at) {
        this.runs = runs;
        this.succeeded = succeeded;
        this.failed = failed;
        this.recordedBy = personId;
        this.recordedByName = personName;
        this.recordedAt = at;
    }

    public RunTotal toRunTotal() {
        return new RunTotal(recordId, YearMonth.from(month), runs, succeeded, failed, recordedByName, recordedAt);
    }
}
