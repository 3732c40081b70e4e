package studio.smartwork.portal.outcome.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import studio.smartwork.portal.integrations.ApiCaller;
import studio.smartwork.portal.integrations.ApiKeyScope;
import studio.smartwork.portal.integrations.AuthenticatedKey;
import studio.smartwork.portal.integrations.RefusedItemsException;
import studio.smartwork.portal.outcome.ReportedRun;
import studio.smartwork.portal.outcome.RunEvents;
import studio.smartwork.portal.outcome.RunEventsReceipt;
import studio.smartwork.portal.outcome.RunEventsRefusedException;
import studio.smartwork.portal.outcome.RunOutcome;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;

/**
 * Runs reported by a live solution: one at a time, or up to {@value RunEvents#MAX_BATCH} in a
 * batch that is stored all or nothing. The sender's event id makes a resend count once: it is
 * acknowledged again ({@code "new": false}) and changes nothing.
 */
@RestController
@RequestMapping("/api/v1/run-events")
@Tag(name = "Run events", description = "Each run of a live solution, as the automation reports it (scope ingest_runs).")
class RunEventsApi {

    private final RunEvents runEvents;
    private final SingleRunsTogether singles;

    RunEventsApi(RunEvents runEvents, SingleRunsTogether singles) {
        this.runEvents = runEvents;
        this.singles = singles;
    }

    /**
     * One run as sent.
     *
     * @param solution     the solution's reference, as the portal shows it ("SDR-3")
     * @param eventId      the sender's own id of the run; a resend with the same id counts once
     * @param occurredAt   when the run happened, with its offset ("2026-11-27T10:15:00+01:00")
     * @param outcome      {@code succeeded}, {@code failed} or {@code handed_to_human}
     * @param durationMs   how long the run took, for the median response time
     * @param humanMinutes minutes a person still spent on it, if any
     */
    record RunEventRequest(@Nullable String solution, @Nullable String eventId, @Nullable OffsetDateTime occurredAt,
            @Nullable String outcome, @Nullable Long durationMs, @Nullable BigDecimal humanMinutes) {
    }

    record RunEventBatchRequest(@Nullable List<RunEventRequest> events) {
    }

    record RunEventAnswer(int index, String eventId, boolean isNew) {

        static RunEventAnswer of(RunEventsReceipt.Item item) {
            return new RunEventAnswer(item.index(), item.senderEventId(), item.isNew());
        }
    }

    record BatchAnswer(int received, long stored, long duplicates, List<RunEventAnswer> events) {
    }

    @PostMapping
    @Operation(summary = "Report one run",
            description = "201 when the run is new, 200 when this event id was already received. Many runs a second? Send batches (/batch).")
    ResponseEntity<RunEventAnswer> one(@RequestBody RunEventRequest request) {
        AuthenticatedKey key = ApiCaller.require(ApiKeyScope.INGEST_RUNS);
        Translated translated = translate(List.of(request));
        try {
            RunEventAnswer answer = RunEventAnswer.of(singles.record(key, translated.runs().getFirst()));
            return ResponseEntity.status(answer.isNew() ? HttpStatus.CREATED : HttpStatus.OK).body(answer);
        } catch (RunEventsRefusedException refused) {
            Map<String, Message> problems = new java.util.LinkedHashMap<>();
            refused.refusals().forEach(r -> problems.putIfAbsent(r.field(), translated.reason(r)));
            throw new InvalidInputException(problems);
        }
    }

    @PostMapping("/batch")
    @Operation(summary = "Report up to 10,000 runs at once",
            description = "All or nothing: if any run is refused, none is stored and each refused run is named by its index.")
    BatchAnswer batch(@RequestBody RunEventBatchRequest request) {
        AuthenticatedKey key = ApiCaller.require(ApiKeyScope.INGEST_RUNS);
        List<RunEventRequest> events = request.events() == null ? List.of() : request.events();
        if (events.isEmpty()) {
            throw InvalidInputException.of("events", "outcome.api.batch-empty");
        }
        Translated translated = translate(events);
        try {
            RunEventsReceipt receipt = runEvents.recordReported(key.tenant(), translated.runs());
            return new BatchAnswer(events.size(), receipt.newEvents(), receipt.duplicates(),
                    receipt.items().stream().map(RunEventAnswer::of).toList());
        } catch (RunEventsRefusedException refused) {
            Map<Integer, List<RefusedItemsException.Reason>> byIndex = new java.util.TreeMap<>();
            refused.refusals().forEach(r -> byIndex.computeIfAbsent(r.index(), i -> new ArrayList<>())
                    .add(new RefusedItemsException.Reason(r.field(), translated.reason(r))));
            throw new RefusedItemsException(events.size(), byIndex.entrySet().stream()
                    .map(e -> new RefusedItemsException.RefusedItem(e.getKey(), e.getValue())).toList());
        }
    }

    /**
     * The runs as the service takes them; an outcome that is not one of the three words is
     * remembered so that its refusal can say so.
     */
    private record Translated(List<ReportedRun> runs, Set<Integer> unreadableOutcomes) {

        Message reason(RunEventsRefusedException.Refusal refusal) {
            if (refusal.field().equals("outcome") && unreadableOutcomes.contains(refusal.index())) {
                return Message.of("outcome.api.outcome-unknown", java.util.Arrays.stream(RunOutcome.values())
                        .map(o -> o.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
            }
            return refusal.reason();
        }
    }

    private Translated translate(List<RunEventRequest> requests) {
        Set<Integer> unreadable = new HashSet<>();
        List<ReportedRun> runs = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            RunEventRequest request = requests.get(i);
            if (request == null) {
                request = new RunEventRequest(null, null, null, null, null, null);
            }
            RunOutcome outcome = outcome(request.outcome());
            if (request.outcome() != null && outcome == null) {
                unreadable.add(i);
            }
            runs.add(new ReportedRun(request.solution(), request.eventId(), request.occurredAt(), outcome, request.durationMs(),
                    request.humanMinutes()));
        }
        return new Translated(runs, unreadable);
    }

    /** The three outcomes by their names in the API, read once. */
    private static final Map<String, RunOutcome> OUTCOMES = java.util.Arrays.stream(RunOutcome.values())
            .collect(Collectors.toMap(o -> o.name().toLowerCase(Locale.ROOT), Function.identity()));

    private static @Nullable RunOutcome outcome(@Nullable String text) {
        if (text == null) {
            return null;
        }
        return OUTCOMES.get(text.trim().toLowerCase(Locale.ROOT));
    }
}
