package studio.smartwork.portal.tenantdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.audit.AuditFixture;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * A tenant's complete data, as its administrators and executives download it: every kind of
 * thing in its own CSV file, as many rows as the database holds, nothing of another tenant,
 * and for executives nothing that names whose time or notes an entry was.
 */
@SpringBootTest
class TenantDataExportTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TenantDataExport export;
    @Autowired
    TenantScope tenantScope;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void administratorsGetEveryKindOfThingWithEachEntrysPerson() throws IOException {
        TenantId acme = AuditFixture.acme(context);
        SignIn.as(context, DemoPeople.ADMIN);
        int activityBefore = count(acme, "activity");
        Map<String, String> files = download(acme);
        assertThat(files.keySet()).containsExactly("people.csv", "teams.csv", "invitations.csv", "consultants.csv",
                "audit_campaigns.csv", "audit_tasks.csv", "audit_participants.csv", "audit_time_entries.csv", "audit_ratings.csv",
                "audit_friction_notes.csv", "audit_candidates.csv", "design_records.csv", "design_revisions.csv", "design_reviews.csv",
                "design_comments.csv", "design_kpis.csv", "design_record_candidates.csv", "outcome_measurements.csv", "outcome_runs.csv", "outcome_kpi_alerts.csv", "outcome_run_events.csv",
                "board_action_items.csv", "board_comments.csv", "readiness_checks.csv", "activity.csv", "README.txt");
        assertThat(rows(files, "audit_time_entries.csv")).hasSize(count(acme, "audit_time_entry"));
        assertThat(rows(files, "audit_ratings.csv")).hasSize(count(acme, "audit_task_rating"));
        assertThat(rows(files, "design_revisions.csv")).hasSize(count(acme, "design_revision"));
        assertThat(rows(files, "outcome_measurements.csv")).hasSize(count(acme, "kpi_measurement"));
        assertThat(rows(files, "activity.csv")).hasSize(activityBefore);
        // The download itself is in the tenant's activity afterwards.
        assertThat(count(acme, "activity")).isEqualTo(activityBefore + 1);
        assertThat(header(files, "audit_time_entries.csv")).contains("person", "note", "team");
        assertThat(rows(files, "audit_time_entries.csv")).extracting(r -> r.get("person")).contains(DemoPeople.SAM, DemoPeople.LIA);
        assertThat(rows(files, "people.csv")).extracting(r -> r.get("email")).contains(DemoPeople.EVA, DemoPeople.SAM)
                .doesNotContain(DemoPeople.DAN, DemoPeople.JOE);
        assertThat(String.join("\n", files.values())).doesNotContain("brightsmile.example", "Brightsmile", "Front desk audit");
        assertThat(files.get("README.txt")).contains("audit_time_entries.csv: " + count(acme, "audit_time_entry"));
    }

    @Test
    void executivesGetEverythingWithoutWhoseEntriesAndNotesTheyWere() throws IOException {
        TenantId acme = AuditFixture.acme(context);
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Export " + s, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 17),
                DemoPeople.SAM);
        AuditFixture.importRows(context, campaign, "2026-04-06,sam@acme.example,Support " + s + ",Calls " + s
                + ",30,1,,,,,Sam's private remark " + s + "\n");
        SignIn.as(context, DemoPeople.SAM);
        context.getBean(TimeLog.class).addFrictionNote(acme, campaign.id(), "=HYPERLINK(\"http://evil.example\") " + s);

        SignIn.as(context, DemoPeople.EVA);
        Map<String, String> files = download(acme);
        assertThat(files).doesNotContainKey("audit_participants.csv");
        assertThat(header(files, "audit_time_entries.csv")).doesNotContain("person", "note", "team");
        assertThat(header(files, "audit_ratings.csv")).doesNotContain("person", "breaks_where");
        assertThat(rows(files, "audit_time_entries.csv")).hasSize(count(acme, "audit_time_entry"));
        assertThat(files.get("audit_time_entries.csv")).doesNotContain("Sam's private remark", DemoPeople.SAM);
        assertThat(rows(files, "audit_friction_notes.csv")).extracting(r -> r.get("text"))
                .contains("'=HYPERLINK(\"http://evil.example\") " + s);
        assertThat(files.get("README.txt")).contains("do not name their person");
    }

    @Test
    void theReadmeIsInTheReadersLanguageAndTheFilesStayAsProgramsReadThem() throws IOException {
        TenantId acme = AuditFixture.acme(context);
        SignIn.as(context, DemoPeople.EVA);
        Map<String, String> files = download(acme, Language.SPANISH);
        assertThat(files.get("README.txt")).startsWith("SmartWork Portal: todos los datos de este cliente, exportados el ")
                .contains("Exportado para los directivos del cliente", "no indican su persona", "Ficheros y sus filas:")
                .contains("audit_time_entries.csv: " + count(acme, "audit_time_entry"))
                .doesNotContain("Every file is");
        assertThat(header(files, "people.csv")).as("column names are the same in every language").contains("email");
        assertThat(header(files, "audit_time_entries.csv")).isEqualTo(header(download(acme, Language.ENGLISH), "audit_time_entries.csv"));
    }

    @Test
    void staffAndOtherTenantsPeopleGetNothing() {
        TenantId acme = AuditFixture.acme(context);
        SignIn.as(context, DemoPeople.SAM);
        assertThatThrownBy(() -> export.write(acme, Language.SPANISH, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.reason().key()).isEqualTo("tenantdata.refusal.download"));
        SignIn.as(context, DemoPeople.CARLA);
        assertThatThrownBy(() -> export.write(acme, Language.ENGLISH, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.reason().key()).isEqualTo("tenantdata.refusal.download"));
        SignIn.as(context, DemoPeople.DAN);
        assertThatThrownBy(() -> export.write(acme, Language.ENGLISH, new ByteArrayOutputStream())).isInstanceOf(TenantNotFoundException.class);
    }

    private Map<String, String> download(TenantId tenant) throws IOException {
        return download(tenant, Language.ENGLISH);
    }

    private Map<String, String> download(TenantId tenant, Language reader) throws IOException {
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        export.write(tenant, reader, archive);
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static List<CSVRecord> rows(Map<String, String> files, String file) throws IOException {
        return CSVParser.parse(new StringReader(files.get(file)), CSVFormat.DEFAULT.builder().setHeader().get()).getRecords();
    }

    private static List<String> header(Map<String, String> files, String file) throws IOException {
        return CSVParser.parse(new StringReader(files.get(file)), CSVFormat.DEFAULT.builder().setHeader().get()).getHeaderNames();
    }

    private int count(TenantId tenant, String table) {
        return tenantScope.asSystem(tenant, () -> jdbc.sql("select count(*) from " + table + " where tenant_id = :t")
                .param("t", tenant.value()).query(Integer.class).single());
    }
}
