package studio.smartwork.portal.mail;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox's attempts as jobs of the persistent queue (db-scheduler). Planning one is a row of
 * the caller's transaction, so a mail and its job are kept or rolled back together. A refused
 * attempt is planned again after a wait that doubles each time ({@link MailRetries}); the job
 * that makes the last one marks the mail failed instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailRetries.class)
class MailQueue {

    private final ObjectProvider<SchedulerClient> scheduler;
    private final ObjectProvider<OneTimeTask<Long>> task;

    MailQueue(ObjectProvider<SchedulerClient> scheduler, ObjectProvider<OneTimeTask<Long>> task) {
        this.scheduler = scheduler;
        this.task = task;
    }

    /**
     * The job that sends one mail. Its name is {@code portal.mail.queue-name}: replicas that send
     * through the same mail server share it (a test pointed at another server takes its own).
     */
    @Bean
    static OneTimeTask<Long> mailDeliveryTask(@Value("${portal.mail.queue-name:mail}") String name, MailRetries retries,
            ObjectProvider<MailDelivery> delivery) {
        return Tasks.oneTime(name, Long.class)
                .onFailure((complete, operations) -> operations.reschedule(complete,
                        complete.getTimeDone().plus(retries.delayAfter(complete.getExecution().consecutiveFailures + 1))))
                .execute((instance, context) -> delivery.getObject().attempt(instance.getData(),
                        context.getExecution().consecutiveFailures + 1));
    }

    /** Plans the first attempt of a series, at once; {@code series} tells a series sent again from the first. */
    void plan(long mailId, int series) {
        scheduler.getObject().scheduleIfNotExists(task.getObject().instance(mailId + "-" + series, mailId), Instant.now());
    }
}
