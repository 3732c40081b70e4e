package studio.smartwork.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * One real export per tracker (src/test/resources/imports), read, recognised, mapped and imported
 * end to end; the minutes per person and task are worked out by hand from each file.
 */
@SpringBootTest
class TrackerImportsTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 4, 6);

    @Autowired
    ApplicationContext context;
    @Autowired
    TrackerImports trackers;
    @Autowired
    TenantScope tenantScope;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void togglsDetailedReportTakesTheEmailTheProjectAndTheDescriptionAsTask() throws IOException {
        ImportSheet sheet = trackers.read("Toggl_time_entries_2026-04-06_to_2026-04-17.csv", file("toggl-detailed.csv"));
        assertThat(sheet.format()).isEqualTo(SheetFormat.TOGGL);
        // Email, Start date, Project; no task is used in the file, so the description is the task (and no note).
        assertThat(sheet.suggested()).isEqualTo(new ColumnMapping(1, 7, 3, 5, 11, DurationUnit.HOURS, null));

        Campaign campaign = campaign();
        ImportResult result = trackers.importSheet(AuditFixture.acme(context), campaign.id(), sheet.table(), sheet.suggested(), ImportProgress.NONE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rowsImported()).isEqualTo(5);
        // Sam: 00:45:00 + 00:30:30 (31 minutes, seconds round up) answering calls, as two entries; 01:30:00 of refunds.
        // Lia: 01:15:00 qualifying leads, 00:20:00 of quotes.
        assertThat(minutesByPersonAndTask(campaign)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "lia@acme.example · Sales · Qualify web leads", "75 in 1",
                "lia@acme.example · Sales · Quotes, follow-up", "20 in 1",
                "sam@acme.example · Customer service · Answer support calls", "76 in 2",
                "sam@acme.example · Customer service · Refund requests", "90 in 1")));
    }

    @Test
    void clockifysDetailedReportUsesItsTasksAndKeepsTheDescriptionAsNote() throws IOException {
        ImportSheet sheet = trackers.read("Clockify_Time_Report_Detailed.csv", file("clockify-detailed.csv"));
        assertThat(sheet.format()).isEqualTo(SheetFormat.CLOCKIFY);
        assertThat(sheet.suggested()).isEqualTo(new ColumnMapping(6, 9, 0, 3, 13, DurationUnit.HOURS, 2));

        Campaign campaign = campaign();
        ImportResult result = trackers.importSheet(AuditFixture.acme(context), campaign.id(), sheet.table(), sheet.suggested(), ImportProgress.NONE);

        assertThat(result.problems()).isEmpty();
        // Dates month first (04/09/2026 is 9 April). Marta: 01:30:00 + 00:20:15 (21 minutes); Pablo: 00:40:00.
        assertThat(minutesByPersonAndTask(campaign)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "marta@acme.example · Customer service · Answer calls", "111 in 2",
                "pablo@acme.example · Customer service · Answer chats", "40 in 1")));
        assertThat(notes(campaign)).containsExactly("Chat backlog", "Phone queue after the weekend");

        // Duration (decimal) instead, in hours: 1.50 → 90, 0.34 → 20.4 → 21, 0.67 → 40.2 → 41 minutes.
        Campaign again = campaign();
        ColumnMapping decimal = new ColumnMapping(6, 9, 0, 3, 14, DurationUnit.HOURS, 2);
        assertThat(trackers.importSheet(AuditFixture.acme(context), again.id(), sheet.table(), decimal, ImportProgress.NONE).accepted()).isTrue();
        assertThat(minutesByPersonAndTask(again)).containsEntry("pablo@acme.example · Customer service · Answer chats", "41 in 1")
                .containsEntry("marta@acme.example · Customer service · Answer calls", "111 in 2");
    }

    @Test
    void kimaisCsvNamesPeopleWhoAreFoundByTheirNameAndItsTotalRowIsNoEntry() throws IOException {
        ImportSheet sheet = trackers.read("export.csv", file("kimai-timesheet.csv"));
        assertThat(sheet.format()).isEqualTo(SheetFormat.KIMAI);
        // Project is the process, Activity the task, User the person (by name: the export has no e-mail).
        assertThat(sheet.suggested()).isEqualTo(new ColumnMapping(5, 0, 7, 8, 3, DurationUnit.HOURS, 9));

        Campaign campaign = campaign();
        ImportResult result = trackers.importSheet(AuditFixture.acme(context), campaign.id(), sheet.table(), sheet.suggested(), ImportProgress.NONE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rowsImported()).isEqualTo(3);
        // Sam Ortega 01:30; Lia Navarro 00:45 and "lia navarro" 00:10 (names match whatever their letter case).
        assertThat(minutesByPersonAndTask(campaign)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "lia@acme.example · Sales · Lead research", "55 in 2",
                "sam@acme.example · Customer service · Phone support", "90 in 1")));
    }

    @Test
    void kimaisWorkbookReadsItsDateCellsAndDurationsShownAsHoursAndMinutes() throws IOException {
        ImportSheet sheet = trackers.read("export.xlsx", file("kimai-timesheet.xlsx"));
        assertThat(sheet.format()).isEqualTo(SheetFormat.KIMAI);
        assertThat(sheet.rows().getFirst().cells().subList(0, 4)).containsExactly("2026-04-09", "9:00:00", "10:15:00", "1:15:00");

        Campaign campaign = campaign();
        ImportResult result = trackers.importSheet(AuditFixture.acme(context), campaign.id(), sheet.table(), sheet.suggested(), ImportProgress.NONE);

        assertThat(result.problems()).isEmpty();
        // Pablo 75 minutes; Marta 30 and 12 min 20 s (13) of callbacks. The sum in the last row is no entry.
        assertThat(minutesByPersonAndTask(campaign)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "marta@acme.example · Customer service · Callbacks", "43 in 2",
                "pablo@acme.example · Customer service · Chat support", "75 in 1")));
    }

    @Test
    void anyWorkbookWithAHeaderRowIsMappedByItsColumnNames() throws IOException {
        ImportSheet sheet = trackers.read("our-time.xlsx", file("generic-sheet.xlsx"));
        assertThat(sheet.format()).isEqualTo(SheetFormat.SHEET);
        assertThat(sheet.suggested()).isEqualTo(new ColumnMapping(0, 1, 2, 3, 4, DurationUnit.MINUTES, 5));

        Campaign campaign = campaign();
        ImportResult result = trackers.importSheet(AuditFixture.acme(context), campaign.id(), sheet.table(), sheet.suggested(), ImportProgress.NONE);

        assertThat(result.problems()).isEmpty();
        assertThat(minutesByPersonAndTask(campaign)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "diego@acme.example · Sales · Update the CRM", "40 in 1",
                "eva@acme.example · Reporting · Weekly KPI report", "215 in 2")));
    }

    /** The portal's own columns saved as a workbook are read as a sheet by those columns (its ratings are not read). */
    @Test
    void thePortalsColumnsInAWorkbookAreImportedAsASheet() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(bytes, "Sheet", "1.0");
        org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Entries");
        for (int c = 0; c < AuditImport.HEADER.size(); c++) {
            sheet.value(0, c, AuditImport.HEADER.get(c));
        }
        Object[] row = {"2026-04-08", "nuria@acme.example", "Sales", "Send quotes", 25, 3, 4, 4, 4, 2, "by hand"};
        for (int c = 0; c < row.length; c++) {
            if (row[c] instanceof Integer number) {
                sheet.value(1, c, number);
            } else {
                sheet.value(1, c, (String) row[c]);
            }
        }
        workbook.finish();

        ImportSheet read = trackers.read("entries.xlsx", bytes.toByteArray());
        assertThat(read.format()).isEqualTo(SheetFormat.SHEET);
        assertThat(read.suggested()).isEqualTo(new ColumnMapping(1, 0, 2, 3, 4, DurationUnit.MINUTES, 10));
        Campaign campaign = campaign();
        assertThat(trackers.importSheet(AuditFixture.acme(context), campaign.id(), read.table(), read.suggested(), ImportProgress.NONE).problems())
                .isEmpty();
        assertThat(minutesByPersonAndTask(campaign)).containsExactly(Map.entry("nuria@acme.example · Sales · Send quotes", "25 in 1"));
    }

    @Test
    void aFileWithBadRowsIsRefusedByItsLineNumbersAndNothingIsWritten() throws IOException {
        ImportSheet sheet = trackers.read("toggl.csv", file("toggl-bad-rows.csv"));
        Campaign campaign = campaign();
        ImportResult result = trackers.importSheet(AuditFixture.acme(context), campaign.id(), sheet.table(), sheet.suggested(), ImportProgress.NONE);

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(ImportResult.Problem::line).containsExactly(3, 4, 5, 7, 8);
        assertThat(reasons(result, 3)).containsExactly(Message.of("audit.import.date.invalid", "2026-13-01"));
        assertThat(reasons(result, 4)).containsExactly(Message.of("audit.import.email.unknown", "nobody@acme.example"));
        assertThat(reasons(result, 5)).containsExactly(Message.of("audit.import.duration.invalid", "forty-five"));
        assertThat(reasons(result, 7)).containsExactly(Message.of("audit.import.minutes", "0", TimeLog.MAX_MINUTES));
        assertThat(reasons(result, 8)).containsExactly(Message.of("audit.import.task.length", TaskCatalogue.MAX_TASK_NAME));
        assertThat(minutesByPersonAndTask(campaign)).isEmpty();

        // Mapped by name instead of e-mail, a name no member has is named as such.
        ColumnMapping byName = new ColumnMapping(0, 7, 3, 5, 11, DurationUnit.HOURS, null);
        assertThat(reasons(trackers.importSheet(AuditFixture.acme(context), campaign.id(), sheet.table(), byName, ImportProgress.NONE), 4))
                .containsExactly(Message.of("audit.import.person.unknown-name", "Nobody"));
    }

    /** A tracker's file of 100,000 lines is read and imported well under a minute here; the time is printed. */
    @Test
    void aTogglFileOfAHundredThousandLinesImportsUnderAMinute() {
        StringBuilder file = new StringBuilder(
                "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)\n");
        String[] people = {"sam@acme.example", "lia@acme.example", "marta@acme.example", "pablo@acme.example"};
        String project = "Bulk " + AuditFixture.suffix();
        for (int i = 0; i < 100_000; i++) {
            String day = MONDAY.plusDays(i % 12).toString();
            file.append("Someone,").append(people[i % 4]).append(",Acme,").append(project).append(",,Task ").append(i % 25)
                    .append(",No,").append(day).append(",09:00:00,").append(day).append(",09:10:00,00:10:00,,\n");
        }
        Campaign campaign = campaign();
        long started = System.nanoTime();
        ImportSheet sheet = trackers.read("big.csv", file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ImportResult result = trackers.importSheet(AuditFixture.acme(context), campaign.id(), sheet.table(), sheet.suggested(), ImportProgress.NONE);
        java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Read and imported a Toggl file of 100,000 lines (%,d bytes) in %,d ms%n", file.length(), took.toMillis());

        assertThat(result.rowsImported()).isEqualTo(100_000);
        assertThat(took).isLessThan(java.time.Duration.ofMinutes(1));
        assertThat(minutesByPersonAndTask(campaign).values().stream().mapToLong(v -> Long.parseLong(v.split(" ")[0])).sum())
                .isEqualTo(1_000_000L);
    }

    @Test
    void filesThatAreNoSheetAreRefusedAtOnce() {
        assertThat(trackers.read("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}).problems()).extracting(p -> p.reasons().getFirst().key()).containsExactly("audit.import.sheet.old-excel");
        assertThat(trackers.read("fake.xlsx", "Date,Duration\n".getBytes()).problems()).extracting(p -> p.reasons().getFirst().key())
                .containsExactly("audit.import.sheet.not-xlsx");
        assertThat(trackers.read("empty.csv", new byte[0]).problems()).extracting(p -> p.reasons().getFirst().key())
                .containsExactly("audit.import.sheet.no-header");
        assertThat(trackers.read("semicolons.csv", "Person;Day;Process;Task;Minutes\na@b;2026-04-06;P;T;5\n".getBytes())
                .rows().getFirst().cells()).hasSize(5);
    }

    @Test
    void daysAndDurationsAreReadTheWaysTrackersWriteThem() {
        assertThat(TrackerImports.day("2026-04-06", false)).isEqualTo(MONDAY);
        assertThat(TrackerImports.day("2026-04-06 08:30", false)).isEqualTo(MONDAY);
        assertThat(TrackerImports.day("06.04.2026", false)).isEqualTo(MONDAY);
        assertThat(TrackerImports.day("04/06/2026", false)).isEqualTo(MONDAY);
        assertThat(TrackerImports.day("06/04/2026", true)).isEqualTo(MONDAY);
        assertThat(TrackerImports.day("13/13/2026", true)).isNull();
        assertThat(TrackerImports.minutes("01:30:00", DurationUnit.HOURS)).isEqualTo(90);
        assertThat(TrackerImports.minutes("0:00:01", DurationUnit.HOURS)).isEqualTo(1);
        assertThat(TrackerImports.minutes("1:30", DurationUnit.MINUTES)).isEqualTo(90);
        assertThat(TrackerImports.minutes("1,25", DurationUnit.HOURS)).isEqualTo(75);
        assertThat(TrackerImports.minutes("45", DurationUnit.MINUTES)).isEqualTo(45);
        assertThat(TrackerImports.minutes("1:75", DurationUnit.HOURS)).isNull();
        assertThat(TrackerImports.minutes("-5", DurationUnit.MINUTES)).isNull();
    }

    private Campaign campaign() {
        Campaign campaign = AuditFixture.campaign(context, "Tracker " + AuditFixture.suffix(), MONDAY, MONDAY.plusDays(11));
        SignIn.as(context, DemoPeople.CARLA);
        return campaign;
    }

    private byte[] file(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        }
    }

    private static List<Message> reasons(ImportResult result, int line) {
        return result.problems().stream().filter(p -> p.line() == line).findFirst().orElseThrow().reasons();
    }

    /** "person · process · task" → "minutes in entries", each entry being one occurrence. */
    private Map<String, String> minutesByPersonAndTask(Campaign campaign) {
        Map<String, String> totals = new TreeMap<>();
        tenantScope.asSystem(AuditFixture.acme(context), () -> JdbcClient.create(dataSource).sql("""
                select pe.email, p.name, t.name, sum(e.minutes), count(*), sum(e.occurrences) from audit_time_entry e
                join person pe on pe.id = e.person_id join audit_task t on t.id = e.task_id join audit_process p on p.id = t.process_id
                where e.campaign_id = :c group by pe.email, p.name, t.name
                """).param("c", campaign.id()).query((rs, n) -> {
                    assertThat(rs.getLong(5)).isEqualTo(rs.getLong(6));
                    return totals.put(rs.getString(1) + " · " + rs.getString(2) + " · " + rs.getString(3), rs.getLong(4) + " in " + rs.getLong(5));
                }).list());
        return totals;
    }

    private List<String> notes(Campaign campaign) {
        return tenantScope.asSystem(AuditFixture.acme(context), () -> JdbcClient.create(dataSource)
                .sql("select note from audit_time_entry where campaign_id = :c and note is not null order by note")
                .param("c", campaign.id()).query(String.class).list());
    }
}
