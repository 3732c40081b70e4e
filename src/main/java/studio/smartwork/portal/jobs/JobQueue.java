package studio.smartwork.portal.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.shared.InvalidInputException;

/**
 * What administrators see of the job queue: the jobs that failed and wait for another try, read
 * from the queue's own table, and "try now" for one of them. The queue holds no tenant's data of
 * its own here (a job names its mail or delivery by number), so this is a page of the platform.
 */
@Service
public class JobQueue {

    /** Enough to see what is wrong; a queue with more failing jobs than this has one cause to fix first. */
    public static final int MOST_SHOWN = 200;

    private final JdbcClient jdbc;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final Clock realTime = Clock.systemUTC();

    JobQueue(JdbcClient jdbc, ObjectProvider<SchedulerClient> scheduler) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
    }

    /** The failing jobs, the most recent failure first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<FailingJob> failing() {
        return jdbc.sql("""
                        select task_name, task_instance, consecutive_failures, last_failure, last_success, execution_time
                        from scheduled_tasks where consecutive_failures > 0
                        order by last_failure desc nulls last, task_name, task_instance limit :most""")
                .param("most", MOST_SHOWN)
                .query((rs, n) -> new FailingJob(rs.getString(1), rs.getString(2), rs.getInt(3), instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** How many jobs wait in the queue, failing or not. */
    @PreAuthorize("hasRole('ADMIN')")
    public long waiting() {
        return jdbc.sql("select count(*) from scheduled_tasks where picked = false").query(Long.class).single();
    }

    /** Plans the job's next try for now instead of after its back-off (the cause is fixed, say). */
    @PreAuthorize("hasRole('ADMIN')")
    public void tryNow(FailingJob job) {
        boolean exists = jdbc.sql("select count(*) from scheduled_tasks where task_name = :name and task_instance = :instance")
                .param("name", job.kind()).param("instance", job.instance()).query(Long.class).single() > 0;
        if (!exists) {
            throw InvalidInputException.of("job", "jobs.refusal.gone");
        }
        scheduler.getObject().reschedule(TaskInstanceId.of(job.kind(), job.instance()), Instant.now(realTime));
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
