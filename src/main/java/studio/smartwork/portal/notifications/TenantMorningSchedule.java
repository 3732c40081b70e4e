package studio.smartwork.portal.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * Runs what is due in each active tenant's own day (see {@link TenantMorningMail}). Called every
 * few minutes by one recurring job of the job queue (once for all replicas), and safe to call at
 * the same time from several places: a job's "ran today" row is taken in the job's transaction,
 * so a second caller waits for the first and then finds the row.
 */
@Service
public class TenantMorningSchedule {

    private static final Logger log = LoggerFactory.getLogger(TenantMorningSchedule.class);

    private final List<TenantMorningMail> jobs;
    private final TenantScope tenantScope;
    private final TenantService tenants;
    private final JdbcClient jdbc;
    private final Clock clock;

    TenantMorningSchedule(List<TenantMorningMail> jobs, TenantScope tenantScope, TenantService tenants, JdbcClient jdbc, Clock clock) {
        this.jobs = jobs;
        this.tenantScope = tenantScope;
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every due job of every active tenant that has not run yet on the tenant's local day; the number run. */
    public int runDue() {
        Optional<Actor> administrator = administrator();
        if (administrator.isEmpty()) {
            log.warn("No active platform administrator yet: the tenants' scheduled mails wait");
            return 0;
        }
        List<Long> active = jdbc.sql("select id from tenant where status = 'ACTIVE' order by id").query(Long.class).list();
        int ran = 0;
        for (long id : active) {
            ran += ActingFor.person(administrator.get(), () -> dueOf(new TenantId(id)));
        }
        return ran;
    }

    /** The due jobs of one tenant (tests, and a tenant's catch-up by hand). */
    public int runDue(TenantId tenant) {
        Optional<Actor> administrator = administrator();
        return administrator.isEmpty() ? 0 : ActingFor.person(administrator.get(), () -> dueOf(tenant));
    }

    private int dueOf(TenantId tenant) {
        Optional<TenantSummary> summary = tenants.find(tenant);
        if (summary.isEmpty()) {
            return 0;
        }
        ZonedDateTime localNow = ZonedDateTime.now(clock.withZone(summary.get().settings().timeZone()));
        int ran = 0;
        for (TenantMorningMail job : jobs) {
            if (job.isDue(localNow) && runOnce(tenant, job, localNow.toLocalDate())) {
                ran++;
            }
        }
        return ran;
    }

    private boolean runOnce(TenantId tenant, TenantMorningMail job, LocalDate localDay) {
        try {
            return tenantScope.write(tenant, session -> {
                boolean first = jdbc.sql("""
                                insert into tenant_morning_run (tenant_id, job, local_day, ran_at) values (:t, :job, :day, :at)
                                on conflict do nothing""")
                        .param("t", tenant.value()).param("job", job.name()).param("day", localDay)
                        .param("at", Timestamp.from(Instant.now(clock))).update() == 1;
                if (first) {
                    job.sendDue(tenant, localDay);
                }
                return first;
            });
        } catch (RuntimeException failure) {
            // Rolled back with its "ran" row: the next turn tries again, later the same day.
            log.warn("Scheduled job {} of tenant {} for {} failed; it runs again on the next turn", job.name(), tenant, localDay, failure);
            return false;
        }
    }

    private Optional<Actor> administrator() {
        return jdbc.sql("""
                        select id, email, display_name from person where platform_role = 'ADMIN' and active order by id limit 1""")
                .query((rs, n) -> new Actor(rs.getLong(1), rs.getString(2), rs.getString(3), PlatformRole.ADMIN)).optional();
    }
}
