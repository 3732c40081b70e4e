package studio.smartwork.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantService;

/** Campaigns: who runs them, completion per participant, and that one tenant's audit stays out of another's. */
@SpringBootTest
class AuditCampaignTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditCampaigns campaigns;
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

    private TenantId acme() {
        return AuditFixture.acme(context);
    }

    private TenantId brightsmile() {
        return DemoTenants.id(context, "brightsmile");
    }

    @Test
    void completionCountsWorkingDaysWithEntriesOfTheWorkingDaysSoFar() {
        LocalDate monday = LocalDate.of(2026, 6, 1);
        String s = AuditFixture.suffix();
        Campaign past = AuditFixture.campaign(context, "Done " + s, monday, monday.plusDays(11), DemoPeople.SAM, DemoPeople.LIA);
        String task = ",Support " + s + ",Calls " + s + ",30,1,,,,,\n";
        assertThat(AuditFixture.importRows(context, past, monday + ",sam@acme.example" + task + monday + ",sam@acme.example" + task
                + monday.plusDays(1) + ",sam@acme.example" + task + monday.plusDays(5) + ",sam@acme.example" + task).problems()).isEmpty();

        SignIn.as(context, DemoPeople.EVA);
        List<ParticipantProgress> progress = campaigns.progress(acme(), past.id());
        // Two working days logged (the Saturday does not count) of the ten in the window, which has ended.
        assertThat(progress).extracting(ParticipantProgress::displayName, ParticipantProgress::daysLogged, ParticipantProgress::workingDaysSoFar)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lia Navarro", 0, 10), org.assertj.core.groups.Tuple.tuple("Sam Ortega", 2, 10));
        assertThat(progress.get(1).completion()).isEqualByComparingTo("0.2");

        Campaign future = AuditFixture.campaign(context, "Later " + s, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8), DemoPeople.SAM);
        assertThat(campaigns.progress(acme(), future.id())).singleElement().satisfies(p -> {
            assertThat(p.workingDaysSoFar()).isZero();
            assertThat(p.completion()).isEqualByComparingTo("0");
        });

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Madrid"));
        LocalDate start = today.minusDays(today.getDayOfWeek().getValue() - 1L).minusWeeks(1);
        Campaign running = AuditFixture.campaign(context, "Now " + s, start, start.plusWeeks(3), DemoPeople.SAM);
        int workingDaysSoFar = 0;
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            workingDaysSoFar += day.getDayOfWeek().getValue() <= 5 ? 1 : 0;
        }
        assertThat(campaigns.progress(acme(), running.id()).getFirst().workingDaysSoFar()).isEqualTo(workingDaysSoFar);
    }

    @Test
    void onlyConsultantsRunCampaignsAndParticipantsMustBeTheTenantsClientPeople() {
        SignIn.as(context, DemoPeople.EVA);
        assertThatThrownBy(() -> campaigns.save(acme(), null, "Not mine", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5), List.of()))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.reason().key()).isEqualTo("audit.refused.consultancy-only"));
        SignIn.as(context, DemoPeople.SAM);
        assertThatThrownBy(() -> campaigns.invitablePeople(acme())).isInstanceOf(NotAllowedException.class);

        SignIn.as(context, DemoPeople.CARLA);
        long joe = campaigns.invitablePeople(brightsmile()).stream().filter(p -> p.email().equals(DemoPeople.JOE))
                .findFirst().orElseThrow().personId();
        assertThatThrownBy(() -> campaigns.save(acme(), null, "Foreign " + AuditFixture.suffix(), LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 5), List.of(joe))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get("participants").key()).isEqualTo("audit.campaign.participants.not-members"));
        assertThatThrownBy(() -> campaigns.save(acme(), null, "Backwards", LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 1), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get("endsOn").key()).isEqualTo("audit.campaign.ends-before-start"));
    }

    /** Dates no date picker gives are refused before the database counts a window's working days (from the first to the last date there is, that filled the disk). */
    @Test
    void aWindowOutsideTheYearsOneTo9999IsRefusedBeforeItsDaysAreCounted() {
        SignIn.as(context, DemoPeople.CARLA);
        LocalDate monday = LocalDate.of(2026, 6, 1);
        assertThatThrownBy(() -> campaigns.save(acme(), null, "For ever", LocalDate.MIN, LocalDate.MAX, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsOnlyKeys("startsOn", "endsOn"));
        assertThatThrownBy(() -> campaigns.save(acme(), null, "Before dates", LocalDate.of(-4800, 1, 5), monday, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsOnlyKeys("startsOn"));
        assertThatThrownBy(() -> campaigns.save(acme(), null, "Far ahead", monday, LocalDate.of(10_000, 1, 1), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(entry("endsOn", Message.of("audit.campaign.ends-on.storable"))));
    }

    @Test
    void oneTenantsAuditIsNotFoundFromAnother() {
        SignIn.as(context, DemoPeople.CARLA);
        long brightsmileCampaign = campaigns.campaigns(brightsmile()).getFirst().id();
        // Through Acme's door, Brightsmile's campaign does not exist, even for a consultant of both.
        assertThatThrownBy(() -> analysis.analysis(acme(), brightsmileCampaign)).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> campaigns.progress(acme(), brightsmileCampaign)).isInstanceOf(TenantNotFoundException.class);
        SignIn.as(context, DemoPeople.EVA);
        assertThatThrownBy(() -> analysis.analysis(brightsmile(), brightsmileCampaign)).isInstanceOf(TenantNotFoundException.class);
        SignIn.as(context, DemoPeople.TOM);
        assertThatThrownBy(() -> campaigns.campaigns(brightsmile())).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> analysis.candidates(brightsmile())).isInstanceOf(TenantNotFoundException.class);

        List<Long> tenantIds = tenantScope.asSystem(acme(), () -> JdbcClient.create(dataSource).sql("""
                select tenant_id from audit_campaign union all select tenant_id from audit_time_entry
                union all select tenant_id from audit_task union all select tenant_id from audit_task_rating
                """).query(Long.class).list());
        assertThat(tenantIds).isNotEmpty().allMatch(id -> id == acme().value());
        for (String table : List.of("audit_campaign", "audit_participant", "audit_process", "audit_task", "audit_time_entry",
                "audit_task_rating", "audit_friction_note", "audit_friction_vote", "audit_candidate", "audit_candidate_task")) {
            assertThat(JdbcClient.create(dataSource).sql("select count(*) from " + table).query(Long.class).single())
                    .as("rows of %s visible without a tenant", table).isZero();
        }
    }
}
