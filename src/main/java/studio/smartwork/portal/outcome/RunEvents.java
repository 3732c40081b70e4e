package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.design.LiveWindow;
import studio.smartwork.portal.design.LiveSolutionSource;
import studio.smartwork.portal.outcome.RunEventsRefusedException.Refusal;
import studio.smartwork.portal.outcome.internal.RunEventStore;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenant.TenantService;

/**
 * Run events: the automation itself reports each run of a live solution (docs/product.md,
 * "Run events"). The coming HTTP API calls this with the rights of the tenant's consultants;
 * in the portal only consultants and administrators may send them. Events are never changed
 * once received: a repeat of a sender's event id is acknowledged as a duplicate.
 */
@Service
public class RunEvents {

    /** The most events one batch may carry. */
    public static final int MAX_BATCH = 10_000;
    public static final int MAX_SENDER_ID_LENGTH = 200;
    /** Senders' clocks drift; a run a few minutes "in the future" is still accepted. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    /** What the column holds (numeric(12,2)). */
    private static final BigDecimal MAX_HUMAN_MINUTES = new BigDecimal("10000000000");

    private final TenantScope tenantScope;
    private final LiveSolutionSource solutionSource;
    private final RunEventStore store;
    private final TenantService tenants;
    private final Clock clock;

    RunEvents(TenantScope tenantScope, LiveSolutionSource solutionSource, RunEventStore store, TenantService tenants, Clock clock) {
        this.tenantScope = tenantScope;
        this.solutionSource = solutionSource;
        this.store = store;
        this.tenants = tenants;
        this.clock = clock;
    }

    /*
     * Every run carries its sender's id and a repeat is left out, so storing runs is idempotent: a write
     * whose database connection broke (a restart, a failover) runs once more by itself.
     */

    /**
     * Records one run. Another tenant's (or no live) solution is not found; anything else
     * wrong is refused as {@link RunEventsRefusedException} with index 0.
     */
    public RunEventsReceipt.Item record(TenantId tenant, RunEvent event) {
        return tenantScope.writeIdempotent(tenant, session -> {
            requireMayRecord(session);
            Map<Long, LiveWindow> solutions = solutions(session);
            if (!solutions.containsKey(event.recordId())) {
                throw new TenantNotFoundException();
            }
            return store(session, solutions, List.of(event)).items().getFirst();
        });
    }

    /**
     * Records up to {@value #MAX_BATCH} runs, all or nothing: if any event is refused, none is
     * stored and every refused one is reported with its position. Repeats (of earlier batches
     * or within this one) are acknowledged and change nothing.
     */
    public RunEventsReceipt recordBatch(TenantId tenant, List<RunEvent> events) {
        if (events.size() > MAX_BATCH) {
            throw InvalidInputException.of("events", "outcome.runs.refusal.batch-too-large", MAX_BATCH, events.size());
        }
        return tenantScope.writeIdempotent(tenant, session -> {
            requireMayRecord(session);
            return store(session, solutions(session), events);
        });
    }

    /**
     * Records runs as an automation names them, by the solution's reference ("SDR-3"), in one
     * transaction with the same rules as {@link #recordBatch}; a reference no live solution of
     * the tenant has is refused as "solution not found" for that run.
     */
    public RunEventsReceipt recordReported(TenantId tenant, List<ReportedRun> runs) {
        if (runs.size() > MAX_BATCH) {
            throw InvalidInputException.of("events", "outcome.runs.refusal.batch-too-large", MAX_BATCH, runs.size());
        }
        return tenantScope.writeIdempotent(tenant, session -> {
            requireMayRecord(session);
            Map<Long, LiveWindow> solutions = solutions(session);
            Map<String, Long> byReference = new HashMap<>();
            solutions.values().forEach(s -> byReference.put(s.reference().toUpperCase(java.util.Locale.ROOT), s.recordId()));
            List<RunEvent> events = new ArrayList<>(runs.size());
            for (ReportedRun run : runs) {
                Long recordId = run.solution() == null ? null : byReference.get(run.solution().strip().toUpperCase(java.util.Locale.ROOT));
                events.add(new RunEvent(recordId == null ? -1 : recordId, run.eventId(), run.occurredAt(), run.outcome(), run.durationMs(),
                        run.humanMinutes()));
            }
            return store(session, solutions, events);
        });
    }

    /** How many events a solution has received (each sender's event once). */
    public long count(TenantId tenant, long recordId) {
        return tenantScope.read(tenant, session -> {
            if (!solutions(session).containsKey(recordId)) {
                throw new TenantNotFoundException();
            }
            return store.count(tenant.value(), recordId);
        });
    }

    private RunEventsReceipt store(TenantSession session, Map<Long, LiveWindow> solutions, List<RunEvent> events) {
        ZoneId zone = tenants.find(session.tenant()).orElseThrow(TenantNotFoundException::new).settings().timeZone();
        Instant now = Instant.now(clock);
        List<Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            check(i, events.get(i), solutions, zone, now, refusals);
        }
        if (!refusals.isEmpty()) {
            throw new RunEventsRefusedException(refusals);
        }
        // A repeat inside the same batch is a duplicate of its first occurrence.
        Set<RunEventStore.Key> seen = new HashSet<>();
        List<RunEvent> firsts = new ArrayList<>();
        for (RunEvent event : events) {
            if (seen.add(new RunEventStore.Key(event.recordId(), event.senderEventId()))) {
                firsts.add(event);
            }
        }
        Set<RunEventStore.Key> inserted = new HashSet<>(store.insertNew(session.tenant().value(), firsts, now));
        List<RunEventsReceipt.Item> items = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            RunEvent event = events.get(i);
            // Taken out once seen: only the first occurrence of a newly stored key is new.
            boolean isNew = inserted.remove(new RunEventStore.Key(event.recordId(), event.senderEventId()));
            items.add(new RunEventsReceipt.Item(i, event.senderEventId(), isNew));
        }
        return new RunEventsReceipt(items);
    }

    private static void check(int index, RunEvent event, Map<Long, LiveWindow> solutions, ZoneId zone, Instant now,
            List<Refusal> refusals) {
        LiveWindow solution = solutions.get(event.recordId());
        if (solution == null) {
            refusals.add(new Refusal(index, "solution", Message.of("outcome.runs.refusal.solution-not-found")));
        }
        String id = event.senderEventId();
        if (id == null || id.isBlank()) {
            refusals.add(new Refusal(index, "eventId", Message.of("outcome.runs.refusal.event-id-missing")));
        } else if (id.length() > MAX_SENDER_ID_LENGTH) {
            refusals.add(new Refusal(index, "eventId", Message.of("outcome.runs.refusal.event-id-too-long", MAX_SENDER_ID_LENGTH)));
        }
        if (event.occurredAt() == null) {
            refusals.add(new Refusal(index, "occurredAt", Message.of("outcome.runs.refusal.time-missing")));
        } else {
            Instant at = event.occurredAt().toInstant();
            if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
                refusals.add(new Refusal(index, "occurredAt", Message.of("outcome.runs.refusal.time-in-future")));
            } else if (solution != null) {
                YearMonth month = YearMonth.from(at.atZone(zone));
                if (month.isBefore(solution.liveSince())) {
                    refusals.add(new Refusal(index, "occurredAt",
                            Message.of("outcome.runs.refusal.before-live", solution.reference(), solution.liveSince())));
                } else if (solution.retiredIn() != null && month.isAfter(solution.retiredIn())) {
                    refusals.add(new Refusal(index, "occurredAt",
                            Message.of("outcome.runs.refusal.after-retired", solution.reference(), solution.retiredIn())));
                }
            }
        }
        if (event.outcome() == null) {
            refusals.add(new Refusal(index, "outcome", Message.of("outcome.runs.refusal.outcome-missing")));
        }
        if (event.durationMs() != null && event.durationMs() < 0) {
            refusals.add(new Refusal(index, "durationMs", Message.of("outcome.runs.refusal.duration-negative")));
        }
        if (event.humanMinutes() != null && (event.humanMinutes().signum() < 0
                || event.humanMinutes().compareTo(MAX_HUMAN_MINUTES) >= 0)) {
            refusals.add(new Refusal(index, "humanMinutes", Message.of("outcome.runs.refusal.human-minutes-out-of-range")));
        }
    }

    private Map<Long, LiveWindow> solutions(TenantSession session) {
        return solutionSource.liveWindows(session.tenant()).stream()
                .collect(Collectors.toMap(LiveWindow::recordId, Function.identity(), (a, b) -> a, HashMap::new));
    }

    private static void requireMayRecord(TenantSession session) {
        if (!OutcomeService.mayRecord(session.role())) {
            throw new NotAllowedException("outcome.runs.refusal.send-not-allowed");
        }
    }
}
