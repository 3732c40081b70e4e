package studio.smartwork.portal.tenantdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditFixture;
import studio.smartwork.portal.audit.AuditImport;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.people.SignInPeople;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSettings;

/**
 * The data export of a client with a million time entries streams: it runs in a JVM whose heap
 * is far too small to hold the entries (the {@code big-data} run of the build gives it 512 MB),
 * and the archive is read while it is written, through a pipe, never held whole.
 */
@Tag("big-data")
@SpringBootTest(properties = "portal.demo-data.enabled=true")
class MillionEntriesExportTests {

    private static final int ENTRIES = 1_000_000;

    @Autowired
    ApplicationContext context;
    @Autowired
    TenantDataExport export;
    @Autowired
    TenantScope tenantScope;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMillionTimeEntriesStreamIntoTheArchive() throws Exception {
        String s = AuditFixture.suffix();
        SignIn.as(context, DemoPeople.ADMIN);
        TenantId big = context.getBean(TenantService.class).create(TenantSettings.defaults("Big " + s, "big-" + s, Locale.UK,
                ZoneId.of("Europe/London"), new BigDecimal("30"))).id();
        Actor staff = TestPeople.member(context, big, "staff-" + s + "@big.example", "Stella Staff", TenantRole.STAFF, null,
                DemoPeople.ADMIN);
        SignIn.as(context, DemoPeople.ADMIN);
        SignInPeople signInPeople = context.getBean(SignInPeople.class);
        ConsultantAssignments consultantAssignments = context.getBean(ConsultantAssignments.class);
        consultantAssignments.assignConsultant(big, signInPeople.credentials(DemoPeople.TOM).orElseThrow().actor().personId());
        SignIn.as(context, DemoPeople.TOM);
        LocalDate monday = LocalDate.of(2026, 3, 2);
        Campaign campaign = context.getBean(AuditCampaigns.class).save(big, null, "Four weeks", monday, monday.plusDays(25),
                List.of(staff.personId()));
        context.getBean(AuditImport.class).importCsv(big, campaign.id(), (AuditFixture.HEADER + monday + ",staff-" + s
                + "@big.example,Support,Calls,10,1,,,,,\n").getBytes(StandardCharsets.UTF_8));
        long started = System.nanoTime();
        tenantScope.asSystem(big, () -> jdbc.sql("""
                insert into audit_time_entry (tenant_id, campaign_id, person_id, task_id, entry_date, minutes, occurrences, hourly_cost)
                select e.tenant_id, e.campaign_id, e.person_id, e.task_id, e.entry_date + (g % 26), 1 + g % 300, 1 + g % 5, e.hourly_cost
                from audit_time_entry e cross join generate_series(1, :more) g
                where e.tenant_id = :t
                """).param("more", ENTRIES - 1).param("t", big.value()).update());
        long inserted = System.nanoTime();

        SignIn.as(context, DemoPeople.ADMIN);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        PipedInputStream reading = new PipedInputStream(1 << 16);
        PipedOutputStream writing = new PipedOutputStream(reading);
        CompletableFuture<Long> entryLines = CompletableFuture.supplyAsync(() -> linesOf(reading, "audit_time_entries.csv"));
        try (writing) {
            export.write(big, Language.ENGLISH, writing);
        }
        long lines = entryLines.get();
        long exported = System.nanoTime();
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        assertThat(lines).isEqualTo(ENTRIES + 1L);
        System.out.printf("Data export of %,d time entries: inserted in %.1f s, exported in %.1f s, peak heap (all pools) %,d MB "
                + "of a %,d MB maximum%n", ENTRIES, (inserted - started) / 1e9, (exported - inserted) / 1e9, peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Reads the archive as it arrives and counts the lines of one file in it. */
    private static long linesOf(PipedInputStream archive, String file) {
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            long lines = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(file)) {
                    BufferedReader reader = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
                    while (reader.readLine() != null) {
                        lines++;
                    }
                }
            }
            // The archive's directory comes after its last file: read it too, or the writer finds
            // the pipe closed while it still writes the directory.
            archive.transferTo(java.io.OutputStream.nullOutputStream());
            return lines;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
