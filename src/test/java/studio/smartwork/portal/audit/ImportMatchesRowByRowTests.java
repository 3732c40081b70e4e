package studio.smartwork.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.audit.internal.CampaignEntity;
import studio.smartwork.portal.audit.internal.CampaignRepository;
import studio.smartwork.portal.audit.internal.LoggedCost;
import studio.smartwork.portal.audit.internal.LoggedCosts;
import studio.smartwork.portal.audit.internal.ProcessEntity;
import studio.smartwork.portal.audit.internal.TaskEntity;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;

/**
 * The import's bulk write (COPY into a temporary table, one insert) stores exactly what the
 * entry-by-entry write it replaced stored: the same entries in the same order with the same
 * cost and team, the same participants, the same ratings (the last wins, the person's own text
 * kept). The entry-by-entry write is kept here as it was, as the reference.
 */
@SpringBootTest
class ImportMatchesRowByRowTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 4, 6);

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditImport importer;
    @Autowired
    TaskCatalogue catalogue;
    @Autowired
    TimeLog timeLog;
    @Autowired
    LoggedCosts costs;
    @Autowired
    TenantScope tenantScope;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theBulkWriteStoresWhatTheEntryByEntryWriteStored() {
        String s = AuditFixture.suffix();
        TenantId acme = AuditFixture.acme(context);
        Campaign bulk = AuditFixture.campaign(context, "Bulk " + s, MONDAY, MONDAY.plusDays(11));
        Campaign oneByOne = AuditFixture.campaign(context, "One by one " + s, MONDAY, MONDAY.plusDays(11));
        List<ImportedTimeEntry> entries = entries(s);
        // A rating the person wrote on the log page before: the import changes its traits and keeps their text.
        SignIn.as(context, DemoPeople.CARLA);
        importer.importRows(acme, bulk.id(), List.of(ImportedTimeEntry.unrated(0, MONDAY, DemoPeople.SAM, "Existing " + s, "Known", 5, null)));
        for (Campaign campaign : List.of(bulk, oneByOne)) {
            tenantScope.asSystem(acme, () -> jdbc().sql("""
                    insert into audit_task_rating (tenant_id, campaign_id, person_id, task_id, repetitive, rule_based, predictable, friction,
                                                   breaks_where)
                    select :t, :c, pe.id, t.id, 1, 1, 1, 1, 'At month end' from person pe, audit_task t join audit_process p on p.id = t.process_id
                    where pe.email = :sam and p.name = :process and t.name = 'Known'
                    """).param("t", acme.value()).param("c", campaign.id()).param("sam", DemoPeople.SAM).param("process", "Existing " + s)
                    .update());
        }

        ImportResult result = importer.importRows(acme, bulk.id(), entries);
        assertThat(result.problems()).isEmpty();
        tenantScope.write(acme, session -> {
            writeOneByOne(session, context.getBean(CampaignRepository.class).findByIdAndTenantId(oneByOne.id(), acme.value()).orElseThrow(),
                    entries);
            return null;
        });

        String entriesSql = """
                select person_id, task_id, entry_date, minutes, occurrences, coalesce(note, '<none>'), hourly_cost, coalesce(team_id, 0)
                from audit_time_entry where campaign_id = :c order by id
                """;
        List<List<Object>> bulkEntries = rows(entriesSql, bulk);
        // The bulk campaign holds the one entry imported before, first.
        assertThat(bulkEntries.subList(1, bulkEntries.size())).isEqualTo(rows(entriesSql, oneByOne));
        assertThat(bulkEntries).hasSize(entries.size() + 1);
        assertThat(rows("select person_id from audit_participant where campaign_id = :c order by id", oneByOne))
                .isEqualTo(rows("select person_id from audit_participant where campaign_id = :c order by id", bulk));
        String ratingsSql = """
                select person_id, task_id, repetitive, rule_based, predictable, friction, coalesce(breaks_where, '<none>')
                from audit_task_rating where campaign_id = :c order by person_id, task_id
                """;
        List<List<Object>> ratings = rows(ratingsSql, bulk);
        assertThat(ratings).isEqualTo(rows(ratingsSql, oneByOne));
        // Sam rated Calls twice (the last, 5-4-3 with friction 2, wins) and kept his text on Known; Lia gave friction alone.
        assertThat(ratings).hasSize(3);
        assertThat(ratings.stream().map(r -> r.subList(2, 7).toString()).toList())
                .containsExactlyInAnyOrder("[5, 4, 3, 2, <none>]", "[2, 2, 2, 2, At month end]", "[null, null, null, 4, <none>]");
        // Notes come back exactly as given, whatever characters they hold.
        assertThat(rows("select note from audit_time_entry where campaign_id = :c and note is not null order by id", bulk).stream()
                .map(List::getFirst).toList())
                .containsExactlyElementsOf(entries.stream().map(ImportedTimeEntry::note).filter(n -> n != null && !n.isEmpty()).toList());
    }

    /** Every kind of entry the write must carry over: teams and none, names in other cases and with spaces, notes of every character. */
    private static List<ImportedTimeEntry> entries(String s) {
        String[] people = {DemoPeople.SAM, "LIA@acme.example ", "marta@acme.example", "pablo@acme.example", DemoPeople.EVA};
        String[] notes = {null, "", "plain", "comma, and \"quotes\"", "two\nlines\r\nand a tab\there", "back\\slash \\N and \\.",
                "first\n\\.\nlast", "  spaces kept  ", "ñandú €5 — 日本"};
        List<ImportedTimeEntry> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String process = i % 3 == 0 ? " support " + s : "Support " + s;
            String task = i % 7 == 0 ? "CALLS" : i % 2 == 0 ? "Calls" : "Emails " + (i % 4);
            entries.add(new ImportedTimeEntry(i + 1, MONDAY.plusDays(i % 12), people[i % people.length], process, task, 1 + i % 90,
                    i % 5 == 0 ? null : 1 + i % 3, null, null, null, null, notes[i % notes.length]));
        }
        entries.add(ImportedTimeEntry.unrated(301, MONDAY, DemoPeople.SAM, "Existing " + s, "known", 20, "the known task"));
        entries.add(new ImportedTimeEntry(302, MONDAY, DemoPeople.SAM, "Support " + s, "Calls", 10, 2, 1, 2, 3, null, null));
        entries.add(new ImportedTimeEntry(303, MONDAY, DemoPeople.SAM, "Existing " + s, "Known", 10, 2, 2, 2, 2, 2, null));
        entries.add(new ImportedTimeEntry(304, MONDAY, "lia@acme.example", "Support " + s, "calls", 10, 2, null, null, null, 4, null));
        entries.add(new ImportedTimeEntry(305, MONDAY, DemoPeople.SAM, "SUPPORT " + s, "calls", 10, 2, 5, 4, 3, 2, null));
        return entries;
    }

    /** The write as it was before the bulk write: a lookup per name, a batch of single-row inserts, a rating saved at a time. */
    private void writeOneByOne(TenantSession session, CampaignEntity campaign, List<ImportedTimeEntry> entries) {
        long tenant = session.tenant().value();
        ImportMembers members = ImportMembers.of(jdbc(), session.tenant());
        Map<String, ProcessEntity> processes = new HashMap<>();
        Map<String, TaskEntity> tasks = new HashMap<>();
        Map<String, TaskRating> lastRatings = new LinkedHashMap<>();
        Map<String, Long> ratingPeople = new HashMap<>();
        List<Long> people = new ArrayList<>();
        List<Object[]> batch = new ArrayList<>();
        for (ImportedTimeEntry entry : entries) {
            long personId = members.personWithEmail(entry.email());
            String processName = entry.process().trim();
            String taskName = entry.task().trim();
            ProcessEntity process = processes.computeIfAbsent(processName.toLowerCase(Locale.ROOT),
                    key -> catalogue.process(session, processName, false));
            TaskEntity task = tasks.computeIfAbsent(process.id() + "|" + taskName.toLowerCase(Locale.ROOT),
                    key -> catalogue.task(session, process, taskName));
            if (!people.contains(personId)) {
                people.add(personId);
            }
            LoggedCost cost = costs.of(tenant, personId);
            String note = entry.note() == null || entry.note().isEmpty() ? null : entry.note();
            batch.add(new Object[] {tenant, campaign.id(), personId, task.id(), Date.valueOf(entry.date()), entry.minutes(),
                    entry.occurrences() == null ? 1 : entry.occurrences(), note, cost.hourlyCost(), cost.teamId()});
            if (entry.repetitive() != null || entry.friction() != null) {
                String key = personId + "|" + task.id();
                lastRatings.put(key, new TaskRating(task.id(), entry.repetitive(), entry.ruleBased(), entry.predictable(), entry.friction(), null));
                ratingPeople.put(key, personId);
            }
        }
        new JdbcTemplate(dataSource).batchUpdate("""
                insert into audit_time_entry (tenant_id, campaign_id, person_id, task_id, entry_date, minutes, occurrences, note,
                                              hourly_cost, team_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, batch, new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.DATE, Types.INTEGER,
                Types.INTEGER, Types.VARCHAR, Types.NUMERIC, Types.BIGINT});
        people.forEach(personId -> AuditCampaigns.addParticipant(jdbc(), session.tenant(), campaign.id(), personId));
        lastRatings.forEach((key, rating) -> timeLog.setImportedRating(session, campaign.id(), ratingPeople.get(key), rating));
    }

    private List<List<Object>> rows(String sql, Campaign campaign) {
        return tenantScope.asSystem(AuditFixture.acme(context), () -> jdbc().sql(sql).param("c", campaign.id()).query((rs, n) -> {
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.add(rs.getObject(i));
            }
            return row;
        }).list());
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }
}
