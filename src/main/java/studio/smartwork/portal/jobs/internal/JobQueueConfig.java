package studio.smartwork.portal.jobs.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.util.ClassUtils;

/**
 * The job queue's scheduler (db-scheduler on table {@code scheduled_tasks}). The starter's
 * auto-configuration (16.2.0) orders itself after Spring Boot 3's DataSourceAutoConfiguration,
 * which Boot 4 moved, so its "there is a data source" condition is tested too early and it
 * never creates a scheduler here; this builds the same scheduler. Its data source is wrapped
 * in {@link TransactionAwareDataSourceProxy}, as the starter does: a job planned inside a
 * tenant transaction is a row of that transaction (decision 0110). It backs off if a
 * scheduler bean exists, so the starter can take over once it knows Boot 4.
 */
@Configuration(proxyBeanMethods = false)
class JobQueueConfig {

    @Bean(destroyMethod = "stop")
    @ConditionalOnMissingBean(Scheduler.class)
    Scheduler jobScheduler(DataSource dataSource, List<Task<?>> tasks,
            @Value("${db-scheduler.polling-interval:10s}") Duration pollingInterval, @Value("${db-scheduler.threads:10}") int threads,
            @Value("${db-scheduler.shutdown-max-wait:10s}") Duration shutdownMaxWait,
            @Value("${db-scheduler.heartbeat-interval:30s}") Duration heartbeatInterval) {
        // Recurring tasks (a check every few minutes, say) are started by the scheduler itself: each
        // exists once in the table however many replicas start, and one replica runs each turn.
        List<RecurringTask<?>> recurring = tasks.stream().filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(task -> (RecurringTask<?>) task).toList();
        List<Task<?>> onDemand = tasks.stream().filter(task -> !(task instanceof RecurringTask<?>)).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), onDemand)
                .startTasks(recurring)
                .pollingInterval(pollingInterval)
                .threads(threads)
                .serializer(new ApplicationClassesSerializer())
                .enableImmediateExecution()
                // A replica that is stopped lets its running jobs finish for this long, well inside the pod's grace
                // period (db-scheduler's own default is 30 minutes). A job cut short is not lost: another replica
                // takes it up once its heartbeats stop; at worst a mail being handed to the server goes twice.
                .shutdownMaxWait(shutdownMaxWait)
                // A replica that vanishes without stopping (a node lost) leaves its running jobs behind: the others take
                // them up once six heartbeats are missed — three minutes at this interval, not db-scheduler's thirty.
                .heartbeatInterval(heartbeatInterval)
                .build();
    }

    /** Starts taking jobs once the application is ready, not while its beans are still being made. */
    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        event.getApplicationContext().getBean(Scheduler.class).start();
    }

    /** Java serialization that finds the application's classes, also from a packaged jar's class loader. */
    private static final class ApplicationClassesSerializer implements Serializer {

        private final ClassLoader classLoader = ClassUtils.getDefaultClassLoader();

        @Override
        public byte @Nullable [] serialize(@Nullable Object data) {
            // A recurring task without data (a check every quarter of an hour) has none to write.
            return data == null ? null : new SerializingConverter().convert(data);
        }

        @Override
        public <T> @Nullable T deserialize(Class<T> type, byte @Nullable [] serialized) {
            return serialized == null ? null : type.cast(new DeserializingConverter(classLoader).convert(serialized));
        }
    }
}
