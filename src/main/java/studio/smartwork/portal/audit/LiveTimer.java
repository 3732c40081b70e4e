package studio.smartwork.portal.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.audit.internal.CampaignEntity;
import studio.smartwork.portal.audit.internal.TaskRepository;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSettings;

/**
 * The real-time audit: a person starts a timer on a task when they begin it and stops it when
 * they are done, and the time becomes an entry (minutes rounded up, one occurrence). The timer
 * is stored, so it runs on across reloads, devices and sign-outs. One runs per person: starting
 * another stops the first into its entry. A timer left running past its day is not turned into
 * a day-long entry by itself: the next time, the person says how much of it to keep.
 */
@Service
public class LiveTimer {

    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final TaskRepository tasks;
    private final TimeLog timeLog;
    private final TenantService tenants;
    private final Clock clock;

    LiveTimer(TenantScope tenantScope, JdbcClient jdbc, TaskRepository tasks, TimeLog timeLog,
            TenantService tenants, Clock clock) {
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.timeLog = timeLog;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The signed-in person's running timer in this tenant, if any. */
    public Optional<RunningTimer> running(TenantId tenant) {
        TenantSettings settings = settingsOf(tenant);
        return tenantScope.read(tenant, session -> stored(session).map(timer -> describe(timer, settings)));
    }

    /**
     * Starts a timer on a task of a campaign the person logs time in, today. A timer of theirs
     * already running here stops first and becomes its entry, which is returned with the new timer.
     */
    public TimerStarted start(TenantId tenant, long campaignId, long taskId) {
        TenantSettings settings = settingsOf(tenant);
        return tenantScope.write(tenant, session -> {
            CampaignEntity campaign = timeLog.writableCampaign(session, campaignId);
            LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
            if (today.isBefore(campaign.startsOn()) || today.isAfter(campaign.endsOn())) {
                throw new NotAllowedException("audit.timer.outside-window", campaign.name(), campaign.startsOn(), campaign.endsOn());
            }
            if (tasks.findByIdAndTenantId(taskId, tenant.value()).isEmpty()) {
                throw InvalidInputException.of("task", "audit.timer.choose-task");
            }
            TimeEntry stopped = null;
            Optional<StoredTimer> previous = stored(session);
            if (previous.isPresent()) {
                RunningTimer before = describe(previous.get(), settings);
                if (before.leftRunning()) {
                    throw new NotAllowedException("audit.timer.decide-first", before.taskLabel());
                }
                stopped = stopInto(tenant, settings, previous.get(), wholeMinutes(before.elapsedSeconds()), null);
            }
            try {
                jdbc.sql("""
                        insert into audit_timer (tenant_id, campaign_id, person_id, task_id, started_at)
                        values (:t, :c, :p, :task, :at)
                        """).param("t", tenant.value()).param("c", campaignId).param("p", session.actor().personId())
                        .param("task", taskId).param("at", java.sql.Timestamp.from(Instant.now(clock))).update();
            } catch (DuplicateKeyException e) {
                // The person's one timer runs in another client's audit, which this tenant cannot see.
                throw new NotAllowedException("audit.timer.running-elsewhere");
            }
            RunningTimer started = stored(session).map(timer -> describe(timer, settings)).orElseThrow();
            return new TimerStarted(started, stopped);
        });
    }

    /**
     * Stops the running timer into an entry for the day it started: its minutes rounded up, or,
     * for a timer left running past its day, the minutes the person chose to keep.
     */
    public TimeEntry stop(TenantId tenant, @Nullable Integer minutesToKeep, @Nullable String note) {
        TenantSettings settings = settingsOf(tenant);
        return tenantScope.write(tenant, session -> {
            StoredTimer timer = stored(session).orElseThrow(() -> new NotAllowedException("audit.timer.none-running"));
            RunningTimer running = describe(timer, settings);
            int minutes;
            if (running.leftRunning()) {
                if (minutesToKeep == null || minutesToKeep < 1 || minutesToKeep > TimeLog.MAX_MINUTES) {
                    throw InvalidInputException.of("minutes", "audit.timer.keep-minutes", TimeLog.MAX_MINUTES);
                }
                minutes = minutesToKeep;
            } else {
                minutes = wholeMinutes(running.elapsedSeconds());
            }
            return stopInto(tenant, settings, timer, minutes, note);
        });
    }

    /** Throws the running timer away without an entry (started by mistake, or left running for nothing). */
    public void discard(TenantId tenant) {
        tenantScope.write(tenant, session -> {
            StoredTimer timer = stored(session).orElseThrow(() -> new NotAllowedException("audit.timer.none-running"));
            jdbc.sql("delete from audit_timer where id = :id").param("id", timer.id()).update();
            return null;
        });
    }

    private TimeEntry stopInto(TenantId tenant, TenantSettings settings, StoredTimer timer, int minutes, @Nullable String note) {
        jdbc.sql("delete from audit_timer where id = :id").param("id", timer.id()).update();
        LocalDate day = LocalDate.ofInstant(timer.startedAt(), settings.timeZone());
        // The same rules as the quick form, inside this unit of work: the timer is gone only if the entry is made.
        return timeLog.log(tenant, timer.campaignId(), new NewTimeEntry(day, timer.taskId(), minutes, 1, note));
    }

    private record StoredTimer(long id, long campaignId, long taskId, String taskLabel, Instant startedAt) {
    }

    private Optional<StoredTimer> stored(TenantSession session) {
        return jdbc.sql("""
                select tm.id, tm.campaign_id, tm.task_id, p.name || ' · ' || t.name, tm.started_at
                from audit_timer tm join audit_task t on t.id = tm.task_id join audit_process p on p.id = t.process_id
                where tm.tenant_id = :t and tm.person_id = :p
                """).param("t", session.tenant().value()).param("p", session.actor().personId())
                .query((rs, n) -> new StoredTimer(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    private RunningTimer describe(StoredTimer timer, TenantSettings settings) {
        ZoneId zone = settings.timeZone();
        Instant now = Instant.now(clock);
        long elapsed = Math.max(0, Duration.between(timer.startedAt(), now).toSeconds());
        LocalDate day = LocalDate.ofInstant(timer.startedAt(), zone);
        boolean leftRunning = LocalDate.ofInstant(now, zone).isAfter(day);
        int suggested;
        if (leftRunning) {
            long untilEndOfDay = Duration.between(timer.startedAt(), day.plusDays(1).atStartOfDay(zone).toInstant()).toMinutes();
            long workingDay = settings.workingHoursPerDay().multiply(BigDecimal.valueOf(60)).longValue();
            suggested = (int) Math.max(1, Math.min(untilEndOfDay, workingDay));
        } else {
            suggested = wholeMinutes(elapsed);
        }
        return new RunningTimer(timer.campaignId(), timer.taskId(), timer.taskLabel(), timer.startedAt(), day, elapsed, leftRunning,
                suggested);
    }

    /** Minutes rounded up: a timer stopped after 12 minutes and 1 second logs 13; one stopped at once logs 1. */
    static int wholeMinutes(long seconds) {
        return (int) Math.max(1, Math.min(TimeLog.MAX_MINUTES, (seconds + 59) / 60));
    }

    private TenantSettings settingsOf(TenantId tenant) {
        return tenants.find(tenant).orElseThrow(TenantNotFoundException::new).settings();
    }
}
