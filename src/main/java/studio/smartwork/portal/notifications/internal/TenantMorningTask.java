package studio.smartwork.portal.notifications.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.smartwork.portal.notifications.TenantMorningSchedule;

/**
 * The one recurring job behind every tenant-local-time mail: every few minutes (5 by default)
 * it runs {@link TenantMorningSchedule#runDue}. The job queue keeps one row for it whatever the
 * number of replicas and one replica runs each turn; the schedule's own rows keep a second turn
 * (or a second caller) from sending anything twice. {@code portal.tenant-morning.enabled=false}
 * leaves it out, as the tests do: their contexts share one database with different fixed clocks
 * and drive the schedule themselves.
 */
@Configuration(proxyBeanMethods = false)
public class TenantMorningTask {

    static final String NAME = "tenant-morning-mail";

    @Bean
    @ConditionalOnProperty(name = "portal.tenant-morning.enabled", havingValue = "true", matchIfMissing = true)
    RecurringTask<Void> tenantMorningMail(TenantMorningSchedule schedule,
            @Value("${portal.tenant-morning.every:5m}") Duration every) {
        return task(NAME, every, schedule::runDue);
    }

    /** The recurring job under a name, every so often; also what tests give their own schedulers. */
    public static RecurringTask<Void> task(String name, Duration every, Runnable turn) {
        return Tasks.recurring(name, FixedDelay.of(every)).execute((instance, context) -> turn.run());
    }
}
