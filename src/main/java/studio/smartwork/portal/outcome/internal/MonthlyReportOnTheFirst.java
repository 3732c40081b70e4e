package studio.smartwork.portal.outcome.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.notifications.TenantMorningMail;
import studio.smartwork.portal.outcome.MonthlyReportMail;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * The executives' monthly report, on the 1st of each month from 8:00 in the tenant's time zone:
 * the month that has just ended, which the dashboard now counts.
 */
@Component
class MonthlyReportOnTheFirst implements TenantMorningMail {

    static final int HOUR = 8;

    private final MonthlyReportMail reports;

    MonthlyReportOnTheFirst(MonthlyReportMail reports) {
        this.reports = reports;
    }

    @Override
    public String name() {
        return "monthly-report";
    }

    @Override
    public boolean isDue(ZonedDateTime localNow) {
        return localNow.getDayOfMonth() == 1 && localNow.getHour() >= HOUR;
    }

    @Override
    public void sendDue(TenantId tenant, LocalDate localDay) {
        reports.sendDue(tenant, YearMonth.from(localDay).minusMonths(1));
    }
}
