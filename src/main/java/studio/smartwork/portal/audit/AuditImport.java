package studio.smartwork.portal.audit;

import java.sql.Date;
import java.sql.Types;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.audit.internal.CampaignEntity;
import studio.smartwork.portal.audit.internal.CampaignRepository;
import studio.smartwork.portal.audit.internal.LoggedCost;
import studio.smartwork.portal.audit.internal.LoggedCosts;
import studio.smartwork.portal.audit.internal.ProcessEntity;
import studio.smartwork.portal.audit.internal.TaskEntity;
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

    /** Entries are written in JDBC batches of this size: one round trip each instead of one per entry. */
    private static final int BATCH = 1_000;

    private final CampaignRepository campaigns;
    private final TaskCatalogue catalogue;
    private final TimeLog timeLog;
    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ActivityLog activity;
    private final LoggedCosts costs;

    AuditImport(CampaignRepository campaigns, TaskCatalogue catalogue, TimeLog timeLog, TenantScope tenantScope, JdbcClient jdbc,
            JdbcTemplate batches, ActivityLog activity, LoggedCosts costs) {
        this.campaigns = campaigns;
        this.catalogue = catalogue;
        this.timeLog = timeLog;
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
        this.batches = batches;
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
        return tenantScope.write(tenant, session -> store(session, campaignId, members -> PortalCsv.read(file), 1, progress));
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
        int total = entries.entries().size() * 2;
        List<ImportResult.Problem> problems = new ArrayList<>(entries.problems());
        List<Row> rows = new ArrayList<>(entries.entries().size());
        int checked = 0;
        for (EntriesRead.ReadEntry entry : entries.entries()) {
            List<Message> reasons = reasons(entry, campaign, members);
            if (reasons.isEmpty()) {
                rows.add(row(entry.entry(), members));
            } else {
                problems.add(new ImportResult.Problem(entry.entry().position(), reasons));
            }
            if (++checked % BATCH == 0) {
                progress.reached(checked, total);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ImportResult.Problem::line));
            return new ImportResult(0, problems);
        }
        if (rows.isEmpty()) {
            return new ImportResult(0, List.of(ImportResult.Problem.of(emptyPosition, "audit.import.no-rows")));
        }
        progress.reached(checked, total);
        write(session, campaign, rows, checked, total, progress);
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
     * Writes the checked rows. Entries go in JDBC batches rather than one insert each, so a file
     * of 100,000 lines is stored in seconds; each carries the cost of its person's time now, as an
     * entry logged by hand does.
     */
    private void write(TenantSession session, CampaignEntity campaign, List<Row> rows, int done, int total, ImportProgress progress) {
        long tenant = session.tenant().value();
        Map<String, ProcessEntity> processes = new HashMap<>();
        Map<String, TaskEntity> tasks = new HashMap<>();
        long[] taskOf = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            ProcessEntity process = processes.computeIfAbsent(row.process().toLowerCase(Locale.ROOT),
                    key -> catalogue.process(session, row.process(), false));
            TaskEntity task = tasks.computeIfAbsent(process.id() + "|" + row.task().toLowerCase(Locale.ROOT),
                    key -> catalogue.task(session, process, row.task()));
            taskOf[i] = task.id();
        }
        List<Long> people = rows.stream().map(Row::personId).distinct().toList();
        Map<Long, LoggedCost> costOf = costs.of(tenant, people);
        for (int from = 0; from < rows.size(); from += BATCH) {
            int to = Math.min(rows.size(), from + BATCH);
            List<Object[]> batch = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                Row row = rows.get(i);
                LoggedCost cost = costOf.get(row.personId());
                batch.add(new Object[] {tenant, campaign.id(), row.personId(), taskOf[i], Date.valueOf(row.date()), row.minutes(),
                        row.occurrences(), row.note(), cost.hourlyCost(), cost.teamId()});
            }
            batches.batchUpdate("""
                    insert into audit_time_entry (tenant_id, campaign_id, person_id, task_id, entry_date, minutes, occurrences, note,
                                                  hourly_cost, team_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, batch, new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.DATE, Types.INTEGER,
                    Types.INTEGER, Types.VARCHAR, Types.NUMERIC, Types.BIGINT});
            progress.reached(done + to, total);
        }
        people.forEach(personId -> AuditCampaigns.addParticipant(jdbc, session.tenant(), campaign.id(), personId));

        Map<String, TaskRating> lastRatings = new LinkedHashMap<>();
        Map<String, Long> ratingPeople = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            TaskRating r = rows.get(i).rating();
            if (r != null) {
                String key = rows.get(i).personId() + "|" + taskOf[i];
                lastRatings.put(key, new TaskRating(taskOf[i], r.repetitive(), r.ruleBased(), r.predictable(), r.friction(), r.breaksWhere()));
                ratingPeople.put(key, rows.get(i).personId());
            }
        }
        lastRatings.forEach((key, rating) -> timeLog.setImportedRating(session, campaign.id(), ratingPeople.get(key), rating));
    }
}
