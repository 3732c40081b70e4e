package studio.smartwork.portal.audit;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.audit.internal.CampaignEntity;
import studio.smartwork.portal.audit.internal.CampaignRepository;
import studio.smartwork.portal.audit.internal.LoggedCost;
import studio.smartwork.portal.audit.internal.LoggedCosts;
import studio.smartwork.portal.audit.internal.ProcessEntity;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;

/**
 * A consultant's import of time entries into a campaign, from the portal's own CSV, a time
 * tracker's export ({@link TrackerImports}) or a request of the HTTP API ({@link #importRows}).
 * Every way in ends in the same check and write here, all or nothing: every entry is checked
 * first, and any bad entry refuses the whole import with every bad entry listed by its position
 * (a file's line, a request's index); nothing is written then. Unknown processes and tasks are
 * created; ratings, when given, set that person's ratings of the task in the campaign (the last
 * entry wins); people found in the entries join the campaign as participants.
 */
@Service
public class AuditImport {

    public static final List<String> HEADER = List.of("date", "email", "process", "task", "minutes", "occurrences",
            "repetitive", "rule_based", "predictable", "friction", "note");

    /** The field of a reason about the entry's text as a whole (a NUL character), named before all others. */
    static final String TEXT = "text";

    /** Progress is told every so many entries of a step: a few dozen times for a big file, not once per entry. */
    static final int REPORT_EVERY = 5_000;

    private final CampaignRepository campaigns;
    private final TaskCatalogue catalogue;
    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final JdbcTemplate connections;
    private final ActivityLog activity;
    private final LoggedCosts costs;

    AuditImport(CampaignRepository campaigns, TaskCatalogue catalogue, TenantScope tenantScope, JdbcClient jdbc,
            JdbcTemplate connections, ActivityLog activity, LoggedCosts costs) {
        this.campaigns = campaigns;
        this.catalogue = catalogue;
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
        this.connections = connections;
        this.activity = activity;
        this.costs = costs;
    }

    /** A checked entry, ready to write. */
    private record Row(int position, LocalDate date, long personId, String process, String task, int minutes, int occurrences,
            @Nullable TaskRating rating, @Nullable String note) {
    }

    /** The portal's own CSV ({@link #HEADER}); refusals name the file's lines, the header being line 1. */
    public ImportResult importCsv(TenantId tenant, long campaignId, byte[] file) {
        return importCsv(tenant, campaignId, file, ImportProgress.NONE);
    }

    /** As {@link #importCsv(TenantId, long, byte[])}, telling {@code progress} how far it has come. */
    public ImportResult importCsv(TenantId tenant, long campaignId, byte[] file, ImportProgress progress) {
        return tenantScope.write(tenant, session -> store(session, campaignId, members -> PortalCsv.read(file, progress), 1, progress));
    }

    /**
     * Entries given one by one (the HTTP API's batch): the same rules and the same all-or-nothing
     * write as a file; refusals name each entry's {@link ImportedTimeEntry#position()}.
     */
    public ImportResult importRows(TenantId tenant, long campaignId, List<ImportedTimeEntry> rows) {
        return importRows(tenant, campaignId, rows, ImportProgress.NONE);
    }

    /** As {@link #importRows(TenantId, long, List)}, telling {@code progress} how far it has come. */
    public ImportResult importRows(TenantId tenant, long campaignId, List<ImportedTimeEntry> rows, ImportProgress progress) {
        List<ImportedTimeEntry> given = List.copyOf(rows);
        return tenantScope.write(tenant, session -> store(session, campaignId, members -> EntriesRead.of(given), 0, progress));
    }

    /**
     * The one check and write every import goes through, inside the caller's unit of work.
     * {@code read} is given the tenant's members, for readers that match people by name.
     * An import with no entries is refused at {@code emptyPosition}.
     */
    ImportResult store(TenantSession session, long campaignId, Function<ImportMembers, EntriesRead> read, int emptyPosition,
            ImportProgress progress) {
        AuditAccess.requireConsultant(session);
        CampaignEntity campaign = AuditAccess.campaign(session, campaigns, jdbc, campaignId);
        if (!campaign.open()) {
            throw new NotAllowedException("audit.import.closed", campaign.name());
        }
        ImportMembers members = ImportMembers.of(jdbc, session.tenant());
        EntriesRead entries = read.apply(members);
        int count = entries.entries().size();
        List<ImportResult.Problem> problems = new ArrayList<>(entries.problems());
        List<Row> rows = new ArrayList<>(count);
        int checked = 0;
        for (EntriesRead.ReadEntry entry : entries.entries()) {
            List<Message> reasons = reasons(entry, campaign, members);
            if (reasons.isEmpty()) {
                rows.add(row(entry.entry(), members));
            } else {
                problems.add(new ImportResult.Problem(entry.entry().position(), reasons));
            }
            if (++checked % REPORT_EVERY == 0) {
                progress.reached(ImportProgress.Step.CHECKED, checked, count);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ImportResult.Problem::line));
            return new ImportResult(0, problems);
        }
        if (rows.isEmpty()) {
            return new ImportResult(0, List.of(ImportResult.Problem.of(emptyPosition, "audit.import.no-rows")));
        }
        progress.reached(ImportProgress.Step.CHECKED, checked, count);
        write(session, campaign, rows, progress);
        progress.reached(ImportProgress.Step.STORED, rows.size(), rows.size());
        activity.record(session, rows.size() == 1 ? "audit.activity.entries-imported.one" : "audit.activity.entries-imported.other",
                rows.size(), campaign.name());
        return new ImportResult(rows.size(), List.of());
    }

    /** Everything wrong with one entry, field by field in the order of {@link #HEADER}; none when it can be written. */
    private static List<Message> reasons(EntriesRead.ReadEntry read, CampaignEntity campaign, ImportMembers members) {
        ImportedTimeEntry entry = read.entry();
        Map<String, Message> unreadable = read.unreadable();
        List<Message> reasons = new ArrayList<>();
        if (unreadable.containsKey(TEXT)) {
            reasons.add(unreadable.get(TEXT));
        } else if (!EnteredText.isProse(entry.email()) || !EnteredText.isProse(entry.process()) || !EnteredText.isProse(entry.task())
                || !EnteredText.isProse(entry.note())) {
            // PostgreSQL cannot store the NUL character in text.
            reasons.add(Message.of("audit.import.nul"));
        }
        if (unreadable.containsKey("date")) {
            reasons.add(unreadable.get("date"));
        } else if (entry.date() == null) {
            reasons.add(Message.of("audit.import.date.missing"));
        } else if (entry.date().isBefore(campaign.startsOn()) || entry.date().isAfter(campaign.endsOn())) {
            // In the file's own way of writing dates, which is the one to correct.
            reasons.add(Message.of("audit.import.date.outside-window", entry.date().toString(), campaign.startsOn().toString(),
                    campaign.endsOn().toString()));
        }
        if (unreadable.containsKey("email")) {
            reasons.add(unreadable.get("email"));
        } else if (entry.email() == null || entry.email().isBlank()) {
            reasons.add(Message.of("audit.import.email.missing"));
        } else if (members.personWithEmail(entry.email()) == null) {
            reasons.add(Message.of("audit.import.email.unknown", entry.email()));
        }
        String process = trimmed(entry.process());
        String task = trimmed(entry.task());
        if (process.isEmpty() || process.length() > TaskCatalogue.MAX_PROCESS_NAME) {
            reasons.add(Message.of("audit.import.process.length", TaskCatalogue.MAX_PROCESS_NAME));
        }
        if (task.isEmpty() || task.length() > TaskCatalogue.MAX_TASK_NAME) {
            reasons.add(Message.of("audit.import.task.length", TaskCatalogue.MAX_TASK_NAME));
        }
        if (!EnteredText.isLine(process) || !EnteredText.isLine(task)) {
            reasons.add(Message.of("audit.import.one-line"));
        }
        if (unreadable.containsKey("minutes")) {
            reasons.add(unreadable.get("minutes"));
        } else if (entry.minutes() == null) {
            reasons.add(Message.of("audit.import.minutes.missing", TimeLog.MAX_MINUTES));
        } else if (entry.minutes() < 1 || entry.minutes() > TimeLog.MAX_MINUTES) {
            reasons.add(Message.of("audit.import.minutes", String.valueOf(entry.minutes()), TimeLog.MAX_MINUTES));
        }
        if (unreadable.containsKey("occurrences")) {
            reasons.add(unreadable.get("occurrences"));
        } else if (entry.occurrences() != null && entry.occurrences() < 1) {
            reasons.add(Message.of("audit.import.occurrences", String.valueOf(entry.occurrences())));
        }
        Integer[] ratings = {entry.repetitive(), entry.ruleBased(), entry.predictable(), entry.friction()};
        for (int i = 0; i < ratings.length; i++) {
            String column = HEADER.get(6 + i);
            if (unreadable.containsKey(column)) {
                reasons.add(unreadable.get(column));
            } else if (ratings[i] != null && (ratings[i] < 1 || ratings[i] > 5)) {
                reasons.add(Message.of("audit.import.rating", column, String.valueOf(ratings[i])));
            }
        }
        if (!((ratings[0] == null) == (ratings[1] == null) && (ratings[1] == null) == (ratings[2] == null))) {
            reasons.add(Message.of("audit.import.ratings-together"));
        }
        if (entry.note() != null && entry.note().length() > TimeLog.MAX_NOTE) {
            reasons.add(Message.of("audit.import.note.length", TimeLog.MAX_NOTE));
        }
        return reasons;
    }

    private static String trimmed(@Nullable String text) {
        return text == null ? "" : text.trim();
    }

    /** A checked entry as it is written: its person found, names trimmed, an empty note none. */
    private static Row row(ImportedTimeEntry entry, ImportMembers members) {
        Long personId = members.personWithEmail(entry.email());
        if (personId == null || entry.date() == null || entry.minutes() == null) {
            throw new IllegalStateException("Only a checked entry is written");
        }
        TaskRating rating = entry.repetitive() == null && entry.friction() == null ? null
                : new TaskRating(0, entry.repetitive(), entry.ruleBased(), entry.predictable(), entry.friction(), null);
        String note = entry.note() == null || entry.note().isEmpty() ? null : entry.note();
        return new Row(entry.position(), entry.date(), personId, trimmed(entry.process()), trimmed(entry.task()), entry.minutes(),
                entry.occurrences() == null ? 1 : entry.occurrences(), rating, note);
    }

    /**
     * Writes the checked rows with a handful of statements, whatever their number: the rows are
     * streamed into a temporary table with COPY, and one {@code insert … select} moves them into
     * the campaign's entries (COPY cannot write into a table under row-level security; the insert
     * goes through its policy as any other). Participants and ratings follow from the same table,
     * one statement each. Each entry carries the cost of its person's time now, as an entry
     * logged by hand does; entries are stored in the order given, so their ids follow the file.
     */
    private void write(TenantSession session, CampaignEntity campaign, List<Row> rows, ImportProgress progress) {
        long tenant = session.tenant().value();
        long[] taskOf = taskIds(session, rows);
        Map<Long, LoggedCost> costOf = costs.of(tenant, rows.stream().map(Row::personId).distinct().toList());
        connections.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        create temporary table audit_import_entry (
                            position int not null, person_id bigint not null, task_id bigint not null, entry_date date not null,
                            minutes int not null, occurrences int not null, note text, hourly_cost numeric(12,2) not null,
                            team_id bigint, repetitive smallint, rule_based smallint, predictable smallint, friction smallint
                        ) on commit drop
                        """);
            }
            copy(connection.unwrap(PGConnection.class).getCopyAPI(), rows, taskOf, costOf, progress);
            return null;
        });
        // Memory enough to put 100,000 entries in order without writing them to disk first.
        jdbc.sql("select set_config('work_mem', '64MB', true)").query(String.class).single();
        jdbc.sql("""
                insert into audit_time_entry (tenant_id, campaign_id, person_id, task_id, entry_date, minutes, occurrences, note,
                                              hourly_cost, team_id)
                select :t, :c, person_id, task_id, entry_date, minutes, occurrences, note, hourly_cost, team_id
                from audit_import_entry order by position
                """).param("t", tenant).param("c", campaign.id()).update();
        // Participants in the order they first appear, as they would join one by one.
        jdbc.sql("""
                insert into audit_participant (tenant_id, campaign_id, person_id)
                select :t, :c, person_id from audit_import_entry group by person_id order by min(position)
                on conflict (campaign_id, person_id) do nothing
                """).param("t", tenant).param("c", campaign.id()).update();
        // A person's ratings of a task: the last entry that rates it wins; their own "where does it break?" text stays.
        jdbc.sql("""
                insert into audit_task_rating (tenant_id, campaign_id, person_id, task_id, repetitive, rule_based, predictable, friction)
                select :t, :c, person_id, task_id, repetitive, rule_based, predictable, friction from (
                    select distinct on (person_id, task_id) position, person_id, task_id, repetitive, rule_based, predictable, friction
                    from audit_import_entry where repetitive is not null or friction is not null
                    order by person_id, task_id, position desc) last_rating
                order by position
                on conflict (campaign_id, person_id, task_id) do update
                set repetitive = excluded.repetitive, rule_based = excluded.rule_based, predictable = excluded.predictable,
                    friction = excluded.friction, version = audit_task_rating.version + 1
                """).param("t", tenant).param("c", campaign.id()).update();
        // Dropped now rather than at commit, so that a second import in the same unit of work starts empty.
        jdbc.sql("drop table audit_import_entry").update();
    }

    /** Streams the rows into the temporary table as CSV, telling the progress every {@link #REPORT_EVERY} rows. */
    private static void copy(CopyManager copyApi, List<Row> rows, long[] taskOf, Map<Long, LoggedCost> costOf, ImportProgress progress)
            throws SQLException {
        CopyIn copy = copyApi.copyIn("""
                copy audit_import_entry (position, person_id, task_id, entry_date, minutes, occurrences, note, hourly_cost, team_id,
                                         repetitive, rule_based, predictable, friction) from stdin with (format csv)
                """);
        try {
            StringBuilder line = new StringBuilder(256);
            byte[] chunk;
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                LoggedCost cost = costOf.get(row.personId());
                TaskRating rating = row.rating();
                line.append(i).append(',').append(row.personId()).append(',').append(taskOf[i]).append(',').append(row.date())
                        .append(',').append(row.minutes()).append(',').append(row.occurrences()).append(',');
                if (row.note() != null) {
                    // Quoted, so that an empty text stays text and commas, quotes and line breaks stay as written.
                    line.append('"').append(row.note().replace("\"", "\"\"")).append('"');
                }
                line.append(',').append(cost.hourlyCost().toPlainString()).append(',');
                if (cost.teamId() != null) {
                    line.append(cost.teamId());
                }
                line.append(',').append(field(rating == null ? null : rating.repetitive()))
                        .append(',').append(field(rating == null ? null : rating.ruleBased()))
                        .append(',').append(field(rating == null ? null : rating.predictable()))
                        .append(',').append(field(rating == null ? null : rating.friction())).append('\n');
                if (line.length() > 60_000 || i == rows.size() - 1) {
                    chunk = line.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(chunk, 0, chunk.length);
                    line.setLength(0);
                }
                if ((i + 1) % REPORT_EVERY == 0) {
                    progress.reached(ImportProgress.Step.SENT, i + 1, rows.size());
                }
            }
            copy.endCopy();
            progress.reached(ImportProgress.Step.SENT, rows.size(), rows.size());
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static String field(@Nullable Integer value) {
        return value == null ? "" : value.toString();
    }

    /**
     * The task of each row, in the rows' order: the tenant's processes and tasks are looked up
     * once for all the names in the rows (by the database's own lower case, as the catalogue
     * matches names), and only the missing ones are created, each with its activity entry.
     */
    private long[] taskIds(TenantSession session, List<Row> rows) {
        long tenant = session.tenant().value();
        Map<String, String> processNames = new LinkedHashMap<>();
        for (Row row : rows) {
            processNames.putIfAbsent(row.process().toLowerCase(Locale.ROOT), row.process());
        }
        Map<String, Long> processIds = new HashMap<>();
        named("""
                select x.key, p.id from unnest(?::text[], ?::text[]) as x(key, name)
                join audit_process p on p.tenant_id = ? and lower(p.name) = lower(x.name)
                """, processNames, tenant, (key, id) -> processIds.put(key, id));
        Map<String, ProcessEntity> created = new HashMap<>();
        processNames.forEach((key, name) -> {
            if (!processIds.containsKey(key)) {
                ProcessEntity process = catalogue.process(session, name, false);
                created.put(key, process);
                processIds.put(key, process.id());
            }
        });
        Map<String, String> taskNames = new LinkedHashMap<>();
        Map<String, String> processOfTask = new HashMap<>();
        for (Row row : rows) {
            String processKey = row.process().toLowerCase(Locale.ROOT);
            String key = taskKey(processIds, row);
            if (taskNames.putIfAbsent(key, row.task()) == null) {
                processOfTask.put(key, processKey);
            }
        }
        Map<String, Long> taskIds = new HashMap<>();
        named("""
                select x.key, t.id from unnest(?::text[], ?::text[]) as x(key, name)
                join audit_task t on t.tenant_id = ? and t.process_id = split_part(x.key, '|', 1)::bigint and lower(t.name) = lower(x.name)
                """, taskNames, tenant, (key, id) -> taskIds.put(key, id));
        taskNames.forEach((key, name) -> {
            if (!taskIds.containsKey(key)) {
                String processKey = processOfTask.get(key);
                ProcessEntity process = created.computeIfAbsent(processKey,
                        k -> catalogue.process(session, processNames.get(processKey), false));
                taskIds.put(key, catalogue.task(session, process, name).id());
            }
        });
        long[] taskOf = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            taskOf[i] = taskIds.get(taskKey(processIds, rows.get(i)));
        }
        return taskOf;
    }

    /** A task by its process's id and its name in any letter case, as the catalogue tells tasks apart. */
    private static String taskKey(Map<String, Long> processIds, Row row) {
        return processIds.get(row.process().toLowerCase(Locale.ROOT)) + "|" + row.task().toLowerCase(Locale.ROOT);
    }

    /** Runs a query of (key, name) pairs given as two arrays and the tenant, handing each (key, id) found to {@code found}. */
    private void named(String sql, Map<String, String> names, long tenant, java.util.function.BiConsumer<String, Long> found) {
        connections.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setArray(1, connection.createArrayOf("text", names.keySet().toArray()));
                query.setArray(2, connection.createArrayOf("text", names.values().toArray()));
                query.setLong(3, tenant);
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        found.accept(result.getString(1), result.getLong(2));
                    }
                }
            }
            return null;
        });
    }
}
