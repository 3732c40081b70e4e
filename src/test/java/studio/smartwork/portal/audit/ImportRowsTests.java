package studio.smartwork.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * The one core every import goes through, called with entries as the HTTP API hands them: refusals
 * name each entry's index and every missing or wrong field; a good batch lands whole, through COPY and one
 * insert, fast enough for 100,000 entries.
 */
@SpringBootTest
class ImportRowsTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 4, 6);

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditImport importer;
    @Autowired
    AuditAnalysis analysis;
    @Autowired
    TenantScope tenantScope;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void entriesWithIndexesLandWholeWithRatingsAndTheSameFiguresAsAFile() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Rows " + s, MONDAY, MONDAY.plusDays(4));
        SignIn.as(context, DemoPeople.CARLA);
        ImportResult result = importer.importRows(AuditFixture.acme(context), campaign.id(), List.of(
                new ImportedTimeEntry(0, MONDAY, "sam@acme.example", " Support " + s, "Calls " + s, 120, 30, 4, 4, 4, 2, "first"),
                new ImportedTimeEntry(1, MONDAY.plusDays(1), "SAM@acme.example", "support " + s, "calls " + s, 60, null, null, null, null,
                        null, ""),
                ImportedTimeEntry.unrated(2, MONDAY, "lia@acme.example", "Support " + s, "Calls " + s, 45, null)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.rowsImported()).isEqualTo(3);
        TaskAnalysis calls = analysis.analysis(AuditFixture.acme(context), campaign.id()).tasks().stream()
                .filter(t -> t.task().equals("Calls " + s)).findFirst().orElseThrow();
        // 120 + 60 + 45 minutes; 30 + 1 (missing means once) + 1 occurrences; Sam's (4,4,4) → 0.75.
        assertThat(calls.minutesTotal()).isEqualTo(225);
        assertThat(calls.occurrencesTotal()).isEqualTo(32);
        assertThat(calls.suitability()).isEqualByComparingTo("0.75");
        assertThat(count("select count(*) from audit_time_entry where campaign_id = :c and note is null", campaign)).isEqualTo(2);
        assertThat(count("select count(*) from audit_participant where campaign_id = :c", campaign)).isEqualTo(2);
        assertThat(count("select count(*) from audit_time_entry where campaign_id = :c and hourly_cost is null", campaign)).isZero();
    }

    @Test
    void everyBadEntryIsNamedByItsIndexWithWhatIsMissingOrWrongAndNothingIsWritten() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Bad rows " + s, MONDAY, MONDAY.plusDays(4));
        SignIn.as(context, DemoPeople.CARLA);
        ImportedTimeEntry good = ImportedTimeEntry.unrated(0, MONDAY, "sam@acme.example", "New process " + s, "Task", 30, null);
        ImportResult result = importer.importRows(AuditFixture.acme(context), campaign.id(), List.of(
                good,
                new ImportedTimeEntry(1, null, null, null, null, null, null, null, null, null, null, null),
                new ImportedTimeEntry(2, MONDAY.minusDays(1), "joe@brightsmile.example", "P", "T", 1441, 0, 4, null, null, 6, "x".repeat(1001)),
                new ImportedTimeEntry(3, MONDAY, "sam@acme.example", "P", "two\nlines", 0, 1, null, null, null, null, "nul\u0000")));

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(ImportResult.Problem::line).containsExactly(1, 2, 3);
        assertThat(result.problems().get(0).reasons()).containsExactly(Message.of("audit.import.date.missing"),
                Message.of("audit.import.email.missing"), Message.of("audit.import.process.length", TaskCatalogue.MAX_PROCESS_NAME),
                Message.of("audit.import.task.length", TaskCatalogue.MAX_TASK_NAME),
                Message.of("audit.import.minutes.missing", TimeLog.MAX_MINUTES));
        assertThat(result.problems().get(1).reasons()).containsExactly(
                Message.of("audit.import.date.outside-window", MONDAY.minusDays(1).toString(), MONDAY.toString(), MONDAY.plusDays(4).toString()),
                Message.of("audit.import.email.unknown", "joe@brightsmile.example"),
                Message.of("audit.import.minutes", "1441", TimeLog.MAX_MINUTES),
                Message.of("audit.import.occurrences", "0"),
                Message.of("audit.import.rating", "friction", "6"),
                Message.of("audit.import.ratings-together"),
                Message.of("audit.import.note.length", TimeLog.MAX_NOTE));
        assertThat(result.problems().get(2).reasons()).containsExactly(Message.of("audit.import.nul"), Message.of("audit.import.one-line"),
                Message.of("audit.import.minutes", "0", TimeLog.MAX_MINUTES));
        assertThat(count("select count(*) from audit_time_entry where campaign_id = :c", campaign)).isZero();

        ImportResult empty = importer.importRows(AuditFixture.acme(context), campaign.id(), List.of());
        assertThat(empty.problems()).containsExactly(new ImportResult.Problem(0, List.of(Message.of("audit.import.no-rows"))));
    }

    @Test
    void onlyAConsultantImportsIntoAnOpenCampaignOfTheirOwnTenant() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Who " + s, MONDAY, MONDAY.plusDays(4), DemoPeople.SAM);
        List<ImportedTimeEntry> one = List.of(ImportedTimeEntry.unrated(0, MONDAY, "sam@acme.example", "P " + s, "T", 30, null));
        SignIn.as(context, DemoPeople.EVA);
        assertThatThrownBy(() -> importer.importRows(AuditFixture.acme(context), campaign.id(), one))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.reason().key()).isEqualTo("audit.refused.consultancy-only"));
        SignIn.as(context, DemoPeople.DAN);
        assertThatThrownBy(() -> importer.importRows(AuditFixture.acme(context), campaign.id(), one)).isInstanceOf(TenantNotFoundException.class);
        SignIn.as(context, DemoPeople.CARLA);
        context.getBean(AuditCampaigns.class).setOpen(AuditFixture.acme(context), campaign.id(), false);
        assertThatThrownBy(() -> importer.importRows(AuditFixture.acme(context), campaign.id(), one))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.reason().key()).isEqualTo("audit.import.closed"));
        assertThat(count("select count(*) from audit_time_entry where campaign_id = :c", campaign)).isZero();
    }

    /**
     * A big import is written with COPY and one insert: 100,000 entries in a second or two here
     * (the benchmark measures it; the bound is loose, as the build machine is shared), with
     * progress told step by step on the way.
     */
    @Test
    void aHundredThousandEntriesImportInSeconds() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Big " + s, MONDAY, MONDAY.plusDays(11));
        List<ImportedTimeEntry> rows = new ArrayList<>();
        String[] people = {"sam@acme.example", "lia@acme.example", "marta@acme.example", "pablo@acme.example"};
        for (int i = 0; i < 100_000; i++) {
            rows.add(ImportedTimeEntry.unrated(i, MONDAY.plusDays(i % 12), people[i % people.length], "Bulk " + s, "Task " + (i % 20), 1 + i % 60,
                    i % 10 == 0 ? "note " + i : null));
        }
        SignIn.as(context, DemoPeople.CARLA);
        List<ImportProgress.Step> steps = new ArrayList<>();
        AtomicInteger lastDone = new AtomicInteger();
        AtomicInteger reports = new AtomicInteger();
        long started = System.nanoTime();
        ImportResult result = importer.importRows(AuditFixture.acme(context), campaign.id(), rows, (step, done, total) -> {
            assertThat(total).isEqualTo(100_000);
            if (steps.isEmpty() || steps.getLast() != step) {
                steps.add(step);
                lastDone.set(0);
            }
            assertThat(done).isGreaterThanOrEqualTo(lastDone.get());
            lastDone.set(done);
            reports.incrementAndGet();
        });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Imported 100,000 entries in %,d ms%n", took.toMillis());

        assertThat(result.rowsImported()).isEqualTo(100_000);
        assertThat(took).isLessThan(Duration.ofSeconds(20));
        // Entries given one by one are not read from a file: checked and sent, each told every 5,000 entries, then stored.
        assertThat(steps).containsExactly(ImportProgress.Step.CHECKED, ImportProgress.Step.SENT, ImportProgress.Step.STORED);
        assertThat(lastDone.get()).isEqualTo(100_000);
        assertThat(reports.get()).isGreaterThanOrEqualTo(40);
        assertThat(count("select count(*) from audit_time_entry where campaign_id = :c", campaign)).isEqualTo(100_000);
        // Σ (1 + i mod 60) over 100,000 entries: 1,666 full rounds of 1..60 (1,830 each) and 1..40 (820).
        assertThat(count("select sum(minutes) from audit_time_entry where campaign_id = :c", campaign)).isEqualTo(1_666L * 1_830 + 820);
        // The totals PostgreSQL keeps with the entries follow the one insert of 100,000 as they follow a single entry.
        assertThat(count("select sum(minutes) from audit_task_person_total where campaign_id = :c", campaign)).isEqualTo(1_666L * 1_830 + 820);
        assertThat(count("select sum(entries) from audit_task_person_total where campaign_id = :c", campaign)).isEqualTo(100_000);
        // Four people, each on the days i mod 12 lands on for their i mod 4: three days each.
        assertThat(count("select count(*) from audit_logged_day where campaign_id = :c", campaign)).isEqualTo(12);
    }

    private long count(String sql, Campaign campaign) {
        return tenantScope.asSystem(AuditFixture.acme(context), () -> JdbcClient.create(dataSource).sql(sql)
                .param("c", campaign.id()).query(Long.class).single());
    }
}
