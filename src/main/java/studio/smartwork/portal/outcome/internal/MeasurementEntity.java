package studio.smartwork.portal.outcome.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.outcome.Measurement;

@Entity
@Table(name = "kpi_measurement")
public class MeasurementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    @Column(name = "record_id")
    private long recordId;
    @Column(name = "kpi_id")
    private long kpiId;
    @Column(name = "period_start")
    private LocalDate periodStart = LocalDate.EPOCH;
    private BigDecimal value = BigDecimal.ZERO;
    @Column(name = "recorded_by")
    private long recordedBy;
    @Column(name = "recorded_by_name")
    private String recordedByName = "";
    @Column(name = "recorded_at")
    private Instant recordedAt = Instant.EPOCH;
    @Version
    private long version;

    protected MeasurementEntity() {
    }

    public MeasurementEntity(long tenantId, long recordId, long kpiId, LocalDate periodStart) {
        this.tenantId = tenantId;
        this.recordId = recordId;
        this.kpiId = kpiId;
        this.periodStart = periodStart;
    }

    /** Sets the value; who and when always describe the last change. */
    public void record(BigDecimal value, long personId, String personName, Instant at) {
        this.value = value;
        this.recordedBy = personId;
        this.recordedByName = personName;
        this.recordedAt = at;
    }

    public boolean isNew() {
        return id == null;
    }

    public Measurement toMeasurement() {
        return new Measurement(recordId, kpiId, periodStart, value, recordedByName, recordedAt);
    }
}
