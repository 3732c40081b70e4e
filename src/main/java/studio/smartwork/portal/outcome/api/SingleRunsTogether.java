package studio.smartwork.portal.outcome.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.integrations.AuthenticatedKey;
import studio.smartwork.portal.outcome.ReportedRun;
import studio.smartwork.portal.outcome.RunEvents;
import studio.smartwork.portal.outcome.RunEventsReceipt;
import studio.smartwork.portal.outcome.RunEventsRefusedException;

/**
 * Single runs sent at the same time with the same key are stored together, in one transaction
 * (group commit): while one call's transaction is being written, the calls that arrive queue
 * up, and the next of them writes them all at once. Each call still answers only when its own
 * run is stored (or refused), so nothing is acknowledged before it is durable; a run refused
 * does not hold the others back. A call that arrives alone is written alone, at once.
 *
 * <p>It works per key because a key acts for one person in one tenant: every call of a lane
 * runs the same checks of the same person, so whichever call writes can write for the others.
 */
@Component
class SingleRunsTogether {

    /** Enough to share a transaction among many senders, small enough to keep each wait short. */
    static final int MOST_AT_ONCE = 500;

    /** What a call's future holds: its own answer, or the turn to write for the queue. */
    private static final Object YOUR_TURN = new Object();

    private final RunEvents runEvents;
    private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();

    SingleRunsTogether(RunEvents runEvents) {
        this.runEvents = runEvents;
    }

    /** A call's answer: its receipt, or what refused it (as the service would have thrown it). */
    private record Answer(RunEventsReceipt.Item item, RuntimeException refusal) {
    }

    private static final class Waiting {
        final ReportedRun run;
        /** Completed once with the turn to write, or with the answer; a writer waits on a new one for its answer. */
        volatile CompletableFuture<Object> future = new CompletableFuture<>();

        Waiting(ReportedRun run) {
            this.run = run;
        }
    }

    private static final class Lane {
        final List<Waiting> queue = new ArrayList<>();
        boolean writing;
    }

    /**
     * Stores one run of this key, with the others waiting at the same time. Refusals come back
     * as the service throws them for a batch of one: {@link RunEventsRefusedException} with index 0.
     */
    RunEventsReceipt.Item record(AuthenticatedKey key, ReportedRun run) {
        Lane lane = lanes.computeIfAbsent(key.keyId(), id -> new Lane());
        Waiting me = new Waiting(run);
        boolean first;
        synchronized (lane) {
            lane.queue.add(me);
            first = !lane.writing;
            lane.writing = true;
        }
        Object outcome = first ? YOUR_TURN : join(me);
        while (outcome == YOUR_TURN) {
            // Only this call writes now, and its run heads the queue: no one else answers it meanwhile.
            me.future = new CompletableFuture<>();
            writeNext(key, lane);
            outcome = join(me);
        }
        Answer answer = (Answer) outcome;
        if (answer.refusal() != null) {
            throw answer.refusal();
        }
        return answer.item();
    }

    private static Object join(Waiting waiting) {
        try {
            return waiting.future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** Writes what is queued (the writer's own run first), answers each, and hands the turn on. */
    private void writeNext(AuthenticatedKey key, Lane lane) {
        List<Waiting> batch;
        synchronized (lane) {
            int count = Math.min(lane.queue.size(), MOST_AT_ONCE);
            batch = new ArrayList<>(lane.queue.subList(0, count));
            lane.queue.subList(0, count).clear();
        }
        try {
            write(key, batch);
        } catch (RuntimeException | Error e) {
            // Refused for everyone alike (the key's person may no longer do this, say): each call says so,
            // and none waits for ever, whatever went wrong.
            RuntimeException refusal = e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            batch.forEach(waiting -> waiting.future.complete(new Answer(null, refusal)));
        } finally {
            synchronized (lane) {
                if (lane.queue.isEmpty()) {
                    lane.writing = false;
                } else {
                    lane.queue.getFirst().future.complete(YOUR_TURN);
                }
            }
        }
    }

    private void write(AuthenticatedKey key, List<Waiting> batch) {
        List<Waiting> remaining = batch;
        while (!remaining.isEmpty()) {
            try {
                RunEventsReceipt receipt = runEvents.recordReported(key.tenant(), remaining.stream().map(w -> w.run).toList());
                for (int i = 0; i < remaining.size(); i++) {
                    RunEventsReceipt.Item item = receipt.items().get(i);
                    remaining.get(i).future.complete(new Answer(new RunEventsReceipt.Item(0, item.senderEventId(), item.isNew()), null));
                }
                return;
            } catch (RunEventsRefusedException refused) {
                // Those refused get their own reasons; the rest are written again without them.
                Set<Integer> refusedAt = new HashSet<>();
                Map<Integer, List<RunEventsRefusedException.Refusal>> byIndex = new java.util.HashMap<>();
                for (RunEventsRefusedException.Refusal refusal : refused.refusals()) {
                    refusedAt.add(refusal.index());
                    byIndex.computeIfAbsent(refusal.index(), i -> new ArrayList<>())
                            .add(new RunEventsRefusedException.Refusal(0, refusal.field(), refusal.reason()));
                }
                List<Waiting> next = new ArrayList<>();
                for (int i = 0; i < remaining.size(); i++) {
                    if (refusedAt.contains(i)) {
                        remaining.get(i).future.complete(new Answer(null, new RunEventsRefusedException(byIndex.get(i))));
                    } else {
                        next.add(remaining.get(i));
                    }
                }
                remaining = next;
            }
        }
    }
}
