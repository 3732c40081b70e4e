package studio.smartwork.portal.tenant.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantSettings;
import studio.smartwork.portal.tenant.TenantStatus;
import studio.smartwork.portal.tenant.TenantSummary;

@Entity
@Table(name = "tenant")
public class TenantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name = "";
    private String slug = "";
    private String locale = "";
    @Column(name = "time_zone")
    private String timeZone = "";
    private String currency = "EUR";
    @Column(name = "default_hourly_cost")
    private BigDecimal defaultHourlyCost = BigDecimal.ZERO;
    @Column(name = "working_days_per_month")
    private int workingDaysPerMonth = 21;
    @Column(name = "working_hours_per_day")
    private BigDecimal workingHoursPerDay = new BigDecimal("8");
    @Enumerated(EnumType.STRING)
    private TenantStatus status = TenantStatus.ACTIVE;
    @Column(name = "archived_at")
    private @Nullable Instant archivedAt;
    @Version
    private long version;

    protected TenantEntity() {
    }

    public TenantEntity(TenantSettings settings) {
        apply(settings);
    }

    public void apply(TenantSettings settings) {
        name = settings.name();
        slug = settings.slug();
        locale = settings.locale().toLanguageTag();
        timeZone = settings.timeZone().getId();
        currency = settings.currency().getCurrencyCode();
        defaultHourlyCost = settings.defaultHourlyCost();
        workingDaysPerMonth = settings.workingDaysPerMonth();
        workingHoursPerDay = settings.workingHoursPerDay();
    }

    public void setStatus(TenantStatus status, Instant at) {
        if (status != this.status) {
            this.archivedAt = status == TenantStatus.ARCHIVED ? at : null;
        }
        this.status = status;
    }

    public TenantSummary toSummary() {
        if (id == null) {
            throw new IllegalStateException("Tenant not saved yet");
        }
        return new TenantSummary(new TenantId(id), new TenantSettings(name, slug, Locale.forLanguageTag(locale),
                ZoneId.of(timeZone), Currency.getInstance(currency), defaultHourlyCost, workingDaysPerMonth,
                workingHoursPerDay), status, archivedAt);
    }
}
