package studio.smartwork.portal.board.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.notifications.NotificationKind;
import studio.smartwork.portal.notifications.Notifications;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * Tells assignees of open action items that are due today, in the morning of the tenant's own
 * day: a check of the job queue every quarter of an hour (one replica runs each turn) tells each
 * item once per due date, from {@link #FROM} on in the tenant's time zone. Once is kept by a row
 * of {@code action_item_due_notice} written before telling, in the same transaction.
 */
@Configuration(proxyBeanMethods = false)
class ActionItemsDue {

    static final String TASK = "action-items-due";
    /** From when in the tenant's morning the assignees are told. */
    static final LocalTime FROM = LocalTime.of(8, 0);

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final TenantService tenants;
    private final Notifications notifications;
    private final Clock clock;

    ActionItemsDue(JdbcClient jdbc, TenantScope tenantScope, TenantService tenants, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.tenants = tenants;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Bean
    static RecurringTask<Void> actionItemsDueTask(ObjectProvider<ActionItemsDue> due) {
        return Tasks.recurring(TASK, Schedules.fixedDelay(Duration.ofMinutes(15)))
                .execute((instance, context) -> due.getObject().tellDue());
    }

    void tellDue() {
        tellDue(Instant.now(clock));
    }

    /** Tells what is due at {@code now} in each active tenant; returns how many were told. */
    int tellDue(Instant now) {
        int told = 0;
        List<Long> active = jdbc.sql("select id from tenant where status = 'ACTIVE' order by id").query(Long.class).list();
        for (long id : active) {
            TenantId tenant = new TenantId(id);
            TenantSummary summary = tenants.find(tenant).orElse(null);
            if (summary == null) {
                continue;
            }
            ZonedDateTime local = now.atZone(summary.settings().timeZone());
            if (local.toLocalTime().isBefore(FROM)) {
                continue;
            }
            told += tenantScope.asSystem(tenant, () -> tell(tenant, summary.slug(), local, now));
        }
        return told;
    }

    private record Due(long assigneeId, String title) {
    }

    private int tell(TenantId tenant, String slug, ZonedDateTime local, Instant now) {
        List<Due> due = jdbc.sql("""
                        with noticed as (
                            insert into action_item_due_notice (tenant_id, action_item_id, due_on, noticed_at)
                            select tenant_id, id, due_on, :now from action_item
                            where tenant_id = :tenant and due_on = :today and done_at is null
                            on conflict do nothing
                            returning action_item_id)
                        select a.assignee_id, a.title from action_item a join noticed n on n.action_item_id = a.id
                        where a.tenant_id = :tenant order by a.id""")
                .param("now", Timestamp.from(now)).param("tenant", tenant.value()).param("today", Date.valueOf(local.toLocalDate()))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2))).list();
        for (Due item : due) {
            notifications.tell(tenant, List.of(item.assigneeId()), NotificationKind.ACTION_ITEM_DUE,
                    Message.of("notifications.text.action-item-due", item.title()), ShellNavigation.tenantPath(slug) + "/board");
        }
        return due.size();
    }
}
