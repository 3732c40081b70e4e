package studio.smartwork.portal.webhooks.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Attempts of deliveries as jobs of the persistent queue (db-scheduler, table
 * {@code scheduled_tasks}). Planning a job is a row written through the same connection and
 * transaction as the caller's tenant work (the starter wraps the data source in Spring's
 * TransactionAwareDataSourceProxy), so a delivery and its job are kept or rolled back together
 * (decision 0110).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
public class DeliveryQueue {

    static final String TASK = "webhook-delivery";

    private final ObjectProvider<SchedulerClient> scheduler;
    private final ObjectProvider<OneTimeTask<DeliveryJob>> task;

    DeliveryQueue(ObjectProvider<SchedulerClient> scheduler, ObjectProvider<OneTimeTask<DeliveryJob>> task) {
        this.scheduler = scheduler;
        this.task = task;
    }

    /** The job that makes one attempt; the attempt itself is {@link DeliveryAttempts}', found late as it plans the next job here. */
    @Bean
    static OneTimeTask<DeliveryJob> webhookDeliveryTask(ObjectProvider<DeliveryAttempts> attempts) {
        return Tasks.oneTime(TASK, DeliveryJob.class).execute((instance, context) -> attempts.getObject().attempt(instance.getData()));
    }

    /** Plans an attempt, inside the caller's transaction. */
    public void plan(DeliveryJob job, Instant at) {
        scheduler.getObject().scheduleIfNotExists(task.getObject().instance(job.instanceId(), job), at);
    }
}
