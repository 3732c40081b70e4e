package studio.smartwork.portal.outcome.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.notifications.TenantMorningMail;
import studio.smartwork.portal.outcome.KpiAlerts;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * The daily check of each tenant's KPI alerts, from the first turn after midnight in the tenant's
 * time zone: a period that ended without a value raises "no data" though nobody recorded anything,
 * and a retired solution's alerts resolve.
 */
@Component
class KpiAlertsEveryDay implements TenantMorningMail {

    private final KpiAlerts alerts;

    KpiAlertsEveryDay(KpiAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public String name() {
        return "kpi-alerts";
    }

    @Override
    public boolean isDue(ZonedDateTime localNow) {
        return true;
    }

    @Override
    public void sendDue(TenantId tenant, LocalDate localDay) {
        alerts.keepInStep(tenant);
    }
}
