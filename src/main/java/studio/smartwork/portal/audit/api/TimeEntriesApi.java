package studio.smartwork.portal.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import studio.smartwork.portal.audit.AuditImport;
import studio.smartwork.portal.audit.ImportResult;
import studio.smartwork.portal.audit.ImportedTimeEntry;
import studio.smartwork.portal.integrations.ApiCaller;
import studio.smartwork.portal.integrations.ApiKeyScope;
import studio.smartwork.portal.integrations.AuthenticatedKey;
import studio.smartwork.portal.integrations.RefusedItemsException;
import studio.smartwork.portal.shared.InvalidInputException;

/**
 * Time entries sent in batches, under exactly the rules of the consultants' CSV import (the same
 * method checks and writes both): all or nothing, and each refused entry named by its index with
 * every reason. People are named by e-mail and must belong to the client; unknown processes and
 * tasks are created; people found join the campaign.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/time-entries")
@Tag(name = "Time entries", description = "Time entries of an audit campaign, in batches (scope ingest_time).")
class TimeEntriesApi {

    /** As many as a run-events batch: a bigger file goes through the import page. */
    static final int MAX_BATCH = 10_000;

    private final AuditImport imports;

    TimeEntriesApi(AuditImport imports) {
        this.imports = imports;
    }

    /**
     * One entry: as a row of the portal's CSV import.
     *
     * @param occurrences how many times the task was done in those minutes; missing means once
     */
    record TimeEntryRequest(@Nullable LocalDate date, @Nullable String email, @Nullable String process, @Nullable String task,
            @Nullable Integer minutes, @Nullable Integer occurrences, @Nullable Integer repetitive, @Nullable Integer ruleBased,
            @Nullable Integer predictable, @Nullable Integer friction, @Nullable String note) {
    }

    record TimeEntriesRequest(@Nullable List<TimeEntryRequest> entries) {
    }

    record TimeEntriesAnswer(int imported) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add up to 10,000 time entries to a campaign, all or nothing", description = "The rules of the CSV import: the campaign open, each date inside its window, each person a member of the client, minutes 1 to 1,440, ratings 1 to 5. If any entry is refused, none is stored and each refused one is named by its index.")
    TimeEntriesAnswer add(@PathVariable long campaignId, @RequestBody TimeEntriesRequest request) {
        AuthenticatedKey key = ApiCaller.require(ApiKeyScope.INGEST_TIME);
        List<TimeEntryRequest> entries = request.entries() == null ? List.of() : request.entries();
        if (entries.isEmpty()) {
            throw InvalidInputException.of("entries", "audit.api.batch-empty");
        }
        if (entries.size() > MAX_BATCH) {
            throw InvalidInputException.of("entries", "audit.api.batch-too-large", MAX_BATCH, entries.size());
        }
        List<ImportedTimeEntry> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            TimeEntryRequest e = entries.get(i) == null
                    ? new TimeEntryRequest(null, null, null, null, null, null, null, null, null, null, null) : entries.get(i);
            rows.add(new ImportedTimeEntry(i, e.date(), e.email(), e.process(), e.task(), e.minutes(),
                    e.occurrences() == null ? 1 : e.occurrences(), e.repetitive(), e.ruleBased(), e.predictable(), e.friction(), e.note()));
        }
        ImportResult result = imports.importRows(key.tenant(), campaignId, rows);
        if (!result.accepted()) {
            throw new RefusedItemsException(entries.size(), result.problems().stream()
                    .map(p -> new RefusedItemsException.RefusedItem(p.line(),
                            p.reasons().stream().map(reason -> new RefusedItemsException.Reason(null, reason)).toList()))
                    .toList());
        }
        return new TimeEntriesAnswer(result.rowsImported());
    }
}
