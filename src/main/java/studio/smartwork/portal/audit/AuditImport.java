package studio.smartwork.portal.audit;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.audit.internal.CampaignEntity;
import studio.smartwork.portal.audit.internal.CampaignRepository;
import studio.smartwork.portal.audit.internal.LoggedCost;
import studio.smartwork.portal.audit.internal.LoggedCosts;
import studio.smartwork.portal.audit.internal.ProcessEntity;
import studio.smartwork.portal.audit.internal.TaskEntity;
import studio.smartwork.portal.audit.internal.TimeEntryEntity;
import studio.smartwork.portal.audit.internal.TimeEntryRepository;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;

/**
 * A consultant's CSV import of time entries into a campaign. All or nothing: the whole
 * file is checked first, and a file with any bad row is refused with every bad row listed
 * by its line number; nothing is written then. Unknown processes and tasks are created;
 * ratings, when given, set that person's ratings of the task in the campaign (the last row
 * wins); people found in the file join the campaign as participants.
 */
@Service
public class AuditImport {

    public static final List<String> HEADER = List.of("date", "email", "process", "task", "minutes", "occurrences",
            "repetitive", "rule_based", "predictable", "friction", "note");

    private final CampaignRepository campaigns;
    private final TimeEntryRepository entries;
    private final TaskCatalogue catalogue;
    private final TimeLog timeLog;
    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final ActivityLog activity;
    private final LoggedCosts costs;

    AuditImport(CampaignRepository campaigns, TimeEntryRepository entries, TaskCatalogue catalogue, TimeLog timeLog,
            TenantScope tenantScope, JdbcClient jdbc, ActivityLog activity, LoggedCosts costs) {
        this.costs = costs;
        this.campaigns = campaigns;
        this.entries = entries;
        this.catalogue = catalogue;
        this.timeLog = timeLog;
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
        this.activity = activity;
    }

    private record Row(int line, LocalDate date, long personId, String process, String task, int minutes, int occurrences,
            @Nullable TaskRating rating, @Nullable String note) {
    }

    public ImportResult importCsv(TenantId tenant, long campaignId, byte[] file) {
        return tenantScope.write(tenant, session -> {
            AuditAccess.requireConsultant(session);
            CampaignEntity campaign = AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            if (!campaign.open()) {
                throw new NotAllowedException("audit.import.closed", campaign.name());
            }
            Map<String, Long> members = new HashMap<>();
            jdbc.sql("select pe.email, pe.id from membership m join person pe on pe.id = m.person_id where m.tenant_id = :t")
                    .param("t", tenant.value()).query((rs, n) -> members.put(rs.getString(1), rs.getLong(2))).list();

            List<ImportResult.Problem> problems = new ArrayList<>();
            List<Row> rows = parse(file, campaign, members, problems);
            if (!problems.isEmpty()) {
                return new ImportResult(0, problems);
            }
            if (rows.isEmpty()) {
                return new ImportResult(0, List.of(ImportResult.Problem.of(1, "audit.import.no-rows")));
            }
            write(session, campaign, rows);
            activity.record(session, rows.size() == 1 ? "audit.activity.entries-imported.one" : "audit.activity.entries-imported.other",
                    rows.size(), campaign.name());
            return new ImportResult(rows.size(), List.of());
        });
    }

    private void write(TenantSession session, CampaignEntity campaign, List<Row> rows) {
        Map<String, ProcessEntity> processes = new HashMap<>();
        Map<String, TaskEntity> tasks = new HashMap<>();
        Map<String, TaskRating> lastRatings = new LinkedHashMap<>();
        Map<String, Long> ratingPeople = new HashMap<>();
        Map<Long, LoggedCost> costOf = costs.of(session.tenant().value(), rows.stream().map(Row::personId).distinct().toList());
        for (Row row : rows) {
            ProcessEntity process = processes.computeIfAbsent(row.process().toLowerCase(Locale.ROOT),
                    key -> catalogue.process(session, row.process(), false));
            TaskEntity task = tasks.computeIfAbsent(process.id() + "|" + row.task().toLowerCase(Locale.ROOT),
                    key -> catalogue.task(session, process, row.task()));
            entries.save(new TimeEntryEntity(session.tenant().value(), campaign.id(), row.personId(),
                    costOf.get(row.personId()), task.id(), row.date(),
                    row.minutes(), row.occurrences(), row.note()));
            AuditCampaigns.addParticipant(jdbc, session.tenant(), campaign.id(), row.personId());
            if (row.rating() != null) {
                String key = row.personId() + "|" + task.id();
                TaskRating r = row.rating();
                lastRatings.put(key, new TaskRating(task.id(), r.repetitive(), r.ruleBased(), r.predictable(), r.friction(), r.breaksWhere()));
                ratingPeople.put(key, row.personId());
            }
        }
        entries.flush();
        lastRatings.forEach((key, rating) -> timeLog.setImportedRating(session, campaign.id(), ratingPeople.get(key), rating));
    }

    private static List<Row> parse(byte[] file, CampaignEntity campaign, Map<String, Long> members,
            List<ImportResult.Problem> problems) {
        String text = utf8(file, problems);
        if (text == null) {
            return List.of();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber();
                if (header) {
                    header = false;
                    if (!record.toList().equals(HEADER)) {
                        problems.add(ImportResult.Problem.of(line, "audit.import.header", String.join(",", HEADER)));
                        return rows;
                    }
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                Row row = row(record, line, campaign, members, problems);
                if (row != null) {
                    rows.add(row);
                }
            }
            if (header) {
                problems.add(ImportResult.Problem.of(1, "audit.import.header.missing", String.join(",", HEADER)));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            // The parser's own words say where the file breaks; they are given as they are.
            problems.add(ImportResult.Problem.of(rows.size() + 2, "audit.import.not-csv", String.valueOf(e.getMessage())));
        }
        return rows;
    }

    /**
     * The file as text. A file that is not UTF-8 (a spreadsheet's "CSV" saved in Windows-1252,
     * say) is refused at its first line that is not, rather than imported with its accented
     * letters replaced for good.
     */
    private static @Nullable String utf8(byte[] file, List<ImportResult.Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file);
        CharBuffer out = CharBuffer.allocate(file.length + 1);
        if (decoder.decode(in, out, true).isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (file[i] == '\n') {
                    line++;
                }
            }
            problems.add(ImportResult.Problem.of(line, "audit.import.not-utf8"));
            return null;
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static @Nullable Row row(CSVRecord record, int line, CampaignEntity campaign, Map<String, Long> members,
            List<ImportResult.Problem> problems) {
        if (record.size() != HEADER.size()) {
            problems.add(ImportResult.Problem.of(line, "audit.import.columns", HEADER.size(), record.size()));
            return null;
        }
        List<Message> reasons = new ArrayList<>();
        if (!record.stream().allMatch(EnteredText::isProse)) {
            // PostgreSQL cannot store the NUL character in text.
            reasons.add(Message.of("audit.import.nul"));
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(record.get(0));
            if (date.isBefore(campaign.startsOn()) || date.isAfter(campaign.endsOn())) {
                // In the file's own way of writing dates, which is the one to correct.
                reasons.add(Message.of("audit.import.date.outside-window", date.toString(), campaign.startsOn().toString(),
                        campaign.endsOn().toString()));
            }
        } catch (DateTimeParseException e) {
            reasons.add(Message.of("audit.import.date.invalid", record.get(0)));
        }
        String email = record.get(1).toLowerCase(Locale.ROOT);
        Long personId = members.get(email);
        if (personId == null) {
            reasons.add(Message.of("audit.import.email.unknown", record.get(1)));
        }
        String process = record.get(2);
        String task = record.get(3);
        if (process.isEmpty() || process.length() > TaskCatalogue.MAX_PROCESS_NAME) {
            reasons.add(Message.of("audit.import.process.length", TaskCatalogue.MAX_PROCESS_NAME));
        }
        if (task.isEmpty() || task.length() > TaskCatalogue.MAX_TASK_NAME) {
            reasons.add(Message.of("audit.import.task.length", TaskCatalogue.MAX_TASK_NAME));
        }
        if (!EnteredText.isLine(process) || !EnteredText.isLine(task)) {
            reasons.add(Message.of("audit.import.one-line"));
        }
        Integer minutes = whole(record.get(4));
        if (minutes == null || minutes < 1 || minutes > TimeLog.MAX_MINUTES) {
            reasons.add(Message.of("audit.import.minutes", record.get(4), TimeLog.MAX_MINUTES));
        }
        Integer occurrences = record.get(5).isEmpty() ? Integer.valueOf(1) : whole(record.get(5));
        if (occurrences == null || occurrences < 1) {
            reasons.add(Message.of("audit.import.occurrences", record.get(5)));
        }
        Integer[] ratings = new Integer[4];
        for (int i = 0; i < 4; i++) {
            String value = record.get(6 + i);
            if (!value.isEmpty()) {
                ratings[i] = whole(value);
                if (ratings[i] == null || ratings[i] < 1 || ratings[i] > 5) {
                    reasons.add(Message.of("audit.import.rating", HEADER.get(6 + i), value));
                }
            }
        }
        if (!((ratings[0] == null) == (ratings[1] == null) && (ratings[1] == null) == (ratings[2] == null))) {
            reasons.add(Message.of("audit.import.ratings-together"));
        }
        String note = record.get(10);
        if (note.length() > TimeLog.MAX_NOTE) {
            reasons.add(Message.of("audit.import.note.length", TimeLog.MAX_NOTE));
        }
        if (!reasons.isEmpty()) {
            problems.add(new ImportResult.Problem(line, reasons));
            return null;
        }
        TaskRating rating = ratings[0] == null && ratings[3] == null ? null
                : new TaskRating(0, ratings[0], ratings[1], ratings[2], ratings[3], null);
        return new Row(line, date, personId, process, task, minutes, occurrences, rating, note.isEmpty() ? null : note);
    }

    private static @Nullable Integer whole(String value) {
        if (!value.matches("\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(value);
    }
}
