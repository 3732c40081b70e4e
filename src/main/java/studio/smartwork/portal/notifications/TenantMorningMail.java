package studio.smartwork.portal.notifications;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * Work the portal does for a tenant at a time of the tenant's own day: reminders at 9:00 on
 * working days, the executives' digest on Mondays at 8:00, the daily check of KPI alerts, and the
 * monthly report on the 1st at 8:00 (the month just ended).
 *
 * <p>Every bean of this type is run by {@link TenantMorningSchedule}: every few minutes it asks
 * each active tenant's jobs whether they are due at the tenant's local time, and runs a due job
 * at most once per tenant and local day (table {@code tenant_morning_run}), inside one transaction
 * of that tenant with the row that says it ran. A job that fails runs again on the next turn; a
 * replica that was down at the hour catches up later the same day; a day that has passed is not
 * made up the next day. The job itself still keeps a row per person and day (or week) of what it
 * sent, in that same transaction, so nobody gets the same mail twice whatever happens around it.
 */
public interface TenantMorningMail {

    /** A short, stable name: the key of its "has run today" rows ("log-reminder"). */
    String name();

    /** Whether the job is due at this moment of the tenant's day (its time zone's date and time). */
    boolean isDue(ZonedDateTime localNow);

    /**
     * Does the day's work for the tenant, inside a transaction of the tenant (acting for a
     * platform administrator; switch to the addressee with {@link ActingFor} to read as they would).
     */
    void sendDue(TenantId tenant, LocalDate localDay);
}
