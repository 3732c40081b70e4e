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
                throw new NotAllowedException(campaign.name() + " is closed, and the figures of a closed campaign stay as they are. "
                        + "Reopen it to import more time.");
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
                return new ImportResult(0, List.of(new ImportResult.Problem(1, "The file has no rows below the header.")));
            }
            write(session, campaign, rows);
            activity.record(session, "imported " + rows.size() + " time entries into " + campaign.name());
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
                        problems.add(new ImportResult.Problem(line, "The first line must be exactly: " + String.join(",", HEADER)));
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
                problems.add(new ImportResult.Problem(1, "The file is empty; the first line must be: " + String.join(",", HEADER)));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            problems.add(new ImportResult.Problem(rows.size() + 2, "The file cannot be read as CSV: " + e.getMessage()));
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
            problems.add(new ImportResult.Problem(line, "this line is not UTF-8 text; save the file as \"CSV UTF-8\" and import it again"));
            return null;
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static @Nullable Row row(CSVRecord record, int line, CampaignEntity campaign, Map<String, Long> members,
            List<ImportResult.Problem> problems) {
        if (record.size() != HEADER.size()) {
            problems.add(new ImportResult.Problem(line, "Expected " + HEADER.size() + " columns, found " + record.size() + "."));
            return null;
        }
        List<String> reasons = new ArrayList<>();
        if (!record.stream().allMatch(EnteredText::isProse)) {
            // PostgreSQL cannot store the NUL character in text.
            reasons.add("the row holds a NUL character, which is not text");
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(record.get(0));
            if (date.isBefore(campaign.startsOn()) || date.isAfter(campaign.endsOn())) {
                reasons.add("date " + date + " is outside the campaign's window " + campaign.startsOn() + " to " + campaign.endsOn());
            }
        } catch (DateTimeParseException e) {
            reasons.add("date '" + record.get(0) + "' is not a date like 2026-11-23");
        }
        String email = record.get(1).toLowerCase(Locale.ROOT);
        Long personId = members.get(email);
        if (personId == null) {
            reasons.add("'" + record.get(1) + "' is not a member of this tenant");
        }
        String process = record.get(2);
        String task = record.get(3);
        if (process.isEmpty() || process.length() > 120) {
            reasons.add("process must be 1 to 120 characters");
        }
        if (task.isEmpty() || task.length() > 160) {
            reasons.add("task must be 1 to 160 characters");
        }
        if (!EnteredText.isLine(process) || !EnteredText.isLine(task)) {
            reasons.add("process and task must each be one line, without line breaks or other control characters");
        }
        Integer minutes = whole(record.get(4));
        if (minutes == null || minutes < 1 || minutes > TimeLog.MAX_MINUTES) {
            reasons.add("minutes '" + record.get(4) + "' must be a whole number from 1 to " + TimeLog.MAX_MINUTES);
        }
        Integer occurrences = record.get(5).isEmpty() ? Integer.valueOf(1) : whole(record.get(5));
        if (occurrences == null || occurrences < 1) {
            reasons.add("occurrences '" + record.get(5) + "' must be a whole number of 1 or more");
        }
        Integer[] ratings = new Integer[4];
        String[] names = {"repetitive", "rule_based", "predictable", "friction"};
        for (int i = 0; i < 4; i++) {
            String value = record.get(6 + i);
            if (!value.isEmpty()) {
                ratings[i] = whole(value);
                if (ratings[i] == null || ratings[i] < 1 || ratings[i] > 5) {
                    reasons.add(names[i] + " '" + value + "' must be a whole number from 1 to 5");
                }
            }
        }
        if (!((ratings[0] == null) == (ratings[1] == null) && (ratings[1] == null) == (ratings[2] == null))) {
            reasons.add("give repetitive, rule_based and predictable together, or none of them");
        }
        String note = record.get(10);
        if (note.length() > TimeLog.MAX_NOTE) {
            reasons.add("note is longer than " + TimeLog.MAX_NOTE + " characters");
        }
        if (!reasons.isEmpty()) {
            problems.add(new ImportResult.Problem(line, String.join("; ", reasons)));
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
