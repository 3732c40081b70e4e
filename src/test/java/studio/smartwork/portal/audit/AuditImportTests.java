package studio.smartwork.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
import studio.smartwork.portal.tenancy.TenantScope;

/** The consultant's CSV import: a good file lands whole; a file with any bad row lists them all and writes nothing. */
@SpringBootTest
class AuditImportTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 4, 6);

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditImport importer;
    @Autowired
    AuditAnalysis analysis;
    @Autowired
    TaskCatalogue catalogue;
    @Autowired
    TenantScope tenantScope;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aGoodFileCreatesProcessesTasksEntriesAndTheLastRatingRowWins() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Import " + s, MONDAY, MONDAY.plusDays(4));
        ImportResult result = AuditFixture.importRows(context, campaign,
                MONDAY + ",sam@acme.example,Support " + s + ",Calls " + s + ",120,30,2,2,2,5,first\n"
                        + MONDAY.plusDays(1) + ",SAM@acme.example,support " + s + ",calls " + s + ",60,15,4,4,4,1,\n"
                        + MONDAY.plusDays(1) + ",lia@acme.example,Sales " + s + ",\"Leads, web " + s + "\",90,9,,,,,\"a note, quoted\"\n");

        assertThat(result.accepted()).isTrue();
        assertThat(result.rowsImported()).isEqualTo(3);
        SignIn.as(context, DemoPeople.CARLA);
        List<AuditProcess> processes = catalogue.catalogue(AuditFixture.acme(context)).stream()
                .filter(p -> p.name().endsWith(s)).toList();
        assertThat(processes).extracting(AuditProcess::name).containsExactly("Sales " + s, "Support " + s);
        assertThat(processes.get(1).tasks()).extracting(AuditTask::name).containsExactly("Calls " + s);

        List<TaskAnalysis> tasks = analysis.analysis(AuditFixture.acme(context), campaign.id()).tasks();
        TaskAnalysis calls = tasks.stream().filter(t -> t.task().equals("Calls " + s)).findFirst().orElseThrow();
        assertThat(calls.minutesTotal()).isEqualTo(180);
        assertThat(calls.occurrencesTotal()).isEqualTo(45);
        // Sam's second row replaced his first rating: 4, 4, 4 → 0.75; friction 1.
        assertThat(calls.suitability()).isEqualByComparingTo("0.75");
        assertThat(calls.friction()).isEqualByComparingTo("1");
        TaskAnalysis leads = tasks.stream().filter(t -> t.task().equals("Leads, web " + s)).findFirst().orElseThrow();
        assertThat(leads.rated()).isFalse();
        assertThat(entryCount(campaign)).isEqualTo(3);
        assertThat(participants(campaign)).isEqualTo(2);
    }

    @Test
    void everyBadRowIsListedWithItsLineAndNothingIsWritten() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Refused " + s, MONDAY, MONDAY.plusDays(4));
        String good = MONDAY + ",sam@acme.example,New process " + s + ",New task " + s + ",30,1,,,,,\n";
        ImportResult result = AuditFixture.importRows(context, campaign,
                good                                                                                        // line 2
                        + "2026-13-01,sam@acme.example,P " + s + ",T,30,1,,,,,\n"                          // line 3
                        + MONDAY.plusDays(10) + ",sam@acme.example,P " + s + ",T,30,1,,,,,\n"              // line 4
                        + MONDAY + ",nobody@acme.example,P " + s + ",T,30,1,,,,,\n"                        // line 5
                        + MONDAY + ",joe@brightsmile.example,P " + s + ",T,30,1,,,,,\n"                    // line 6
                        + MONDAY + ",sam@acme.example,P " + s + ",T,-5,1,,,,,\n"                           // line 7
                        + MONDAY + ",sam@acme.example,P " + s + ",T,12.5,1,,,,,\n"                         // line 8
                        + MONDAY + ",sam@acme.example,P " + s + ",T,30,1,6,3,3,,\n"                        // line 9
                        + MONDAY + ",sam@acme.example,P " + s + ",T,30,1,,,,0,\n"                          // line 10
                        + MONDAY + ",sam@acme.example,P " + s + ",T,30\n"                                  // line 11
                        + MONDAY + ",sam@acme.example,P " + s + ",T,30,0,,,,,\n"                           // line 12
                        + good);                                                                            // line 13

        assertThat(result.accepted()).isFalse();
        assertThat(result.rowsImported()).isZero();
        assertThat(result.problems()).extracting(ImportResult.Problem::line).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(reasons(result, 3)).containsExactly(Message.of("audit.import.date.invalid", "2026-13-01"));
        assertThat(reasons(result, 4)).containsExactly(Message.of("audit.import.date.outside-window",
                MONDAY.plusDays(10).toString(), MONDAY.toString(), MONDAY.plusDays(4).toString()));
        assertThat(reasons(result, 5)).containsExactly(Message.of("audit.import.email.unknown", "nobody@acme.example"));
        assertThat(reasons(result, 6)).containsExactly(Message.of("audit.import.email.unknown", "joe@brightsmile.example"));
        assertThat(reasons(result, 7)).containsExactly(Message.of("audit.import.minutes", "-5", 1440));
        assertThat(reasons(result, 8)).containsExactly(Message.of("audit.import.minutes", "12.5", 1440));
        assertThat(reasons(result, 9)).containsExactly(Message.of("audit.import.rating", "repetitive", "6"));
        assertThat(reasons(result, 10)).containsExactly(Message.of("audit.import.rating", "friction", "0"));
        assertThat(reasons(result, 11)).containsExactly(Message.of("audit.import.columns", 11, 5));
        assertThat(reasons(result, 12)).containsExactly(Message.of("audit.import.occurrences", "0"));

        assertThat(entryCount(campaign)).isZero();
        SignIn.as(context, DemoPeople.CARLA);
        assertThat(catalogue.catalogue(AuditFixture.acme(context))).extracting(AuditProcess::name)
                .doesNotContain("New process " + s);
    }

    @Test
    void aWrongOrMissingHeaderRefusesTheFile() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Header " + s, MONDAY, MONDAY.plusDays(4));
        SignIn.as(context, DemoPeople.CARLA);
        byte[] wrong = ("date,email,process,task,minutes\n" + MONDAY + ",sam@acme.example,P,T,30\n").getBytes(StandardCharsets.UTF_8);
        ImportResult result = importer.importCsv(AuditFixture.acme(context), campaign.id(), wrong);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.reasons()).containsExactly(Message.of("audit.import.header", String.join(",", AuditImport.HEADER)));
        });
        ImportResult empty = importer.importCsv(AuditFixture.acme(context), campaign.id(), new byte[0]);
        assertThat(empty.accepted()).isFalse();
        assertThat(empty.problems()).singleElement().extracting(ImportResult.Problem::line).isEqualTo(1);
        assertThat(entryCount(campaign)).isZero();
    }

    /**
     * A file saved in another encoding (a spreadsheet's "CSV" in Windows-1252) would otherwise land
     * with its accented letters replaced for good, and a NUL cannot be stored at all.
     */
    @Test
    void aFileThatIsNotUtf8TextOrHoldsANulCharacterIsRefusedAndNothingIsWritten() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Encoding " + s, MONDAY, MONDAY.plusDays(4));
        SignIn.as(context, DemoPeople.CARLA);
        String row = MONDAY + ",sam@acme.example,Facturación " + s + ",Café " + s + ",30,1,,,,,\n";
        ImportResult latin1 = importer.importCsv(AuditFixture.acme(context), campaign.id(),
                (AuditFixture.HEADER + row).getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reasons()).containsExactly(Message.of("audit.import.not-utf8"));
        });
        ImportResult nul = importer.importCsv(AuditFixture.acme(context), campaign.id(),
                (AuditFixture.HEADER + row.replace(",30,1,,,,,", ",30,1,,,,,a\u0000b")).getBytes(StandardCharsets.UTF_8));
        assertThat(nul.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reasons()).containsExactly(Message.of("audit.import.nul"));
        });
        assertThat(entryCount(campaign)).isZero();
        assertThat(importer.importCsv(AuditFixture.acme(context), campaign.id(),
                (AuditFixture.HEADER + row).getBytes(StandardCharsets.UTF_8)).accepted()).isTrue();
    }

    @Test
    void onlyConsultantsImport() {
        Campaign campaign = AuditFixture.campaign(context, "Staff import " + AuditFixture.suffix(), MONDAY, MONDAY.plusDays(4),
                DemoPeople.SAM);
        SignIn.as(context, DemoPeople.SAM);
        assertThatThrownBy(() -> importer.importCsv(AuditFixture.acme(context), campaign.id(),
                AuditFixture.HEADER.getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(NotAllowedException.class,
                e -> assertThat(e.reason().key()).isEqualTo("audit.refused.consultancy-only"));
        SignIn.as(context, DemoPeople.EVA);
        assertThatThrownBy(() -> importer.importCsv(AuditFixture.acme(context), campaign.id(),
                AuditFixture.HEADER.getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(NotAllowedException.class,
                e -> assertThat(e.reason().key()).isEqualTo("audit.refused.consultancy-only"));
    }

    private static List<Message> reasons(ImportResult result, int line) {
        return result.problems().stream().filter(p -> p.line() == line).findFirst().orElseThrow().reasons();
    }

    private long entryCount(Campaign campaign) {
        return tenantScope.asSystem(AuditFixture.acme(context), () -> JdbcClient.create(dataSource)
                .sql("select count(*) from audit_time_entry where campaign_id = :c").param("c", campaign.id())
                .query(Long.class).single());
    }

    private long participants(Campaign campaign) {
        return tenantScope.asSystem(AuditFixture.acme(context), () -> JdbcClient.create(dataSource)
                .sql("select count(*) from audit_participant where campaign_id = :c").param("c", campaign.id())
                .query(Long.class).single());
    }
}
