package studio.smartwork.portal.tenantdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import studio.smartwork.portal.audit.Analysis;
import studio.smartwork.portal.audit.AuditAnalysis;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditFixture;
import studio.smartwork.portal.audit.AuditImport;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.Accounts;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.people.Invitation;
import studio.smartwork.portal.people.Invitations;
import studio.smartwork.portal.people.PersonErasure;
import studio.smartwork.portal.people.SignInPeople;
import studio.smartwork.portal.people.TenantMembers;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantEntrance;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantStatus;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * A person can be erased (their name and address gone everywhere, what they did kept under a
 * label), and a tenant archived for thirty days can be deleted for good by an administrator
 * who types its name.
 */
@SpringBootTest
class DataRightsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    PersonErasure erasure;
    @Autowired
    TenantDeletion deletion;
    @Autowired
    TenantService tenants;
    @Autowired
    ConsultantAssignments consultantAssignments;
    @Autowired
    SignInPeople signInPeople;
    @Autowired
    TenantMembers tenantMembers;
    @Autowired
    TenantEntrance entrance;
    @Autowired
    TenantScope tenantScope;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anErasedPersonsNameAndAddressAreGoneEverywhereAndTheirTimeStaysInTheFigures() {
        String email = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, "Sales");
        TenantId acme = AuditFixture.acme(context);
        SignIn.as(context, DemoPeople.ADMIN);
        var member = tenantMembers.members(acme).stream().filter(m -> m.email().equals(email)).findFirst().orElseThrow();
        String name = member.displayName();
        String s = AuditFixture.suffix();
        LocalDate monday = LocalDate.of(2026, 2, 2);
        Campaign campaign = AuditFixture.campaign(context, "Erasure " + s, monday, monday.plusDays(11), email);
        assertThat(AuditFixture.importRows(context, campaign, monday + "," + email + ",Sales " + s + ",Leads " + s + ",90,3,4,4,4,,"
                + "\"Called back, said " + name + "\"\n").problems()).isEmpty();
        SignIn.as(context, email);
        context.getBean(TimeLog.class).addFrictionNote(acme, campaign.id(), "Ask " + email + " about the CRM");
        SignIn.as(context, DemoPeople.CARLA);
        Analysis before = context.getBean(AuditAnalysis.class).analysis(acme, campaign.id());

        SignIn.as(context, DemoPeople.ADMIN);
        String label = erasure.erase(member.personId());

        assertThat(label).isEqualTo("Former member " + member.personId());
        assertThat(signInPeople.credentials(email)).isEmpty();
        assertThatThrownBy(() -> context.getBean(UserDetailsService.class).loadUserByUsername(email))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThat(tenantMembers.members(acme)).noneMatch(m -> m.personId() == member.personId());
        for (String needle : List.of(name, email)) {
            assertThat(rowsMentioning(acme, needle)).as("rows of Acme that still name %s", needle).isEmpty();
            assertThat(jdbc.sql("select count(*) from person p where p::text ilike '%' || :n || '%'").param("n", needle)
                    .query(Integer.class).single()).isZero();
        }
        assertThat(rowsMentioning(acme, label)).isNotEmpty();
        SignIn.as(context, DemoPeople.CARLA);
        Analysis after = context.getBean(AuditAnalysis.class).analysis(acme, campaign.id());
        assertThat(after.tasks().getFirst().minutesTotal()).isEqualTo(before.tasks().getFirst().minutesTotal());
        assertThat(after.tasks().getFirst().monthlyCost()).isEqualByComparingTo(before.tasks().getFirst().monthlyCost());

        SignIn.as(context, DemoPeople.ADMIN);
        assertThat(context.getBean(Accounts.class).find(label, 0, 10)).singleElement().satisfies(account -> {
            assertThat(account.erased()).isTrue();
            assertThat(account.active()).isFalse();
        });
        assertThat(erasure.erase(member.personId())).as("erasing twice finds nothing more to do").isEqualTo(label);
        assertThatThrownBy(() -> context.getBean(Accounts.class).reactivate(member.personId())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void nobodyErasesThemselves() {
        SignIn.as(context, DemoPeople.ADMIN);
        long me = CurrentActor.require().personId();
        assertThatThrownBy(() -> erasure.erase(me)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aTenantArchivedThirtyDaysIsDeletedForGoodWithItsOwnPeople() {
        String s = AuditFixture.suffix();
        TenantSummary leavingTenant = FreshClient.tenant(context, "Leaving", Locale.UK, ZoneId.of("Europe/London"));
        TenantId leaving = leavingTenant.id();
        Actor onlyHere = TestPeople.member(context, leaving, "only-" + s + "@leaving.example", "Olly Only", TenantRole.EXECUTIVE,
                null, DemoPeople.ADMIN);
        String alsoInAcme = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, null);
        SignIn.as(context, DemoPeople.ADMIN);
        context.getBean(Invitations.class).invite(leaving, new Invitation(alsoInAcme, "Also", TenantRole.STAFF, null));
        SignIn.as(context, alsoInAcme);
        context.getBean(Invitations.class).acceptAll(CurrentActor.require());
        SignIn.as(context, DemoPeople.ADMIN);
        long tom = signInPeople.credentials(DemoPeople.TOM).orElseThrow().actor().personId();
        consultantAssignments.assignConsultant(leaving, tom);
        SignIn.as(context, DemoPeople.TOM);
        LocalDate monday = LocalDate.of(2026, 3, 2);
        Campaign campaign = context.getBean(AuditCampaigns.class).save(leaving, null, "Last audit", monday, monday.plusDays(4),
                List.of(onlyHere.personId()));
        context.getBean(AuditImport.class).importCsv(leaving, campaign.id(), (AuditFixture.HEADER + monday + ",only-" + s
                + "@leaving.example,Ops,Filing,60,1,3,3,3,,\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        context.getBean(BoardService.class).createActionItem(leaving, "Hand over the files", tom, null);

        SignIn.as(context, DemoPeople.ADMIN);
        assertThatThrownBy(() -> deletion.deleteForGood(leaving, leavingTenant.settings().name()))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.reason())
                        .isEqualTo(Message.of("tenantdata.refusal.not-archived", leavingTenant.name())));
        tenants.setStatus(leaving, TenantStatus.ARCHIVED);
        assertThatThrownBy(() -> deletion.deleteForGood(leaving, leavingTenant.settings().name()))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> {
                    assertThat(e.reason().key()).isEqualTo("tenantdata.refusal.too-soon");
                    assertThat(e.reason().args()).first().isEqualTo(leavingTenant.name());
                });
        jdbc.sql("update tenant set archived_at = now() - interval '31 days' where id = :t").param("t", leaving.value()).update();
        assertThatThrownBy(() -> deletion.deleteForGood(leaving, "leaving " + s))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get("name"))
                        .isEqualTo(Message.of("tenantdata.refusal.name-differs", leavingTenant.name())));

        deletion.deleteForGood(leaving, leavingTenant.settings().name());

        assertThat(tenants.find(leaving)).isEmpty();
        for (String table : deletion.tablesChildrenFirst()) {
            assertThat(tenantScope.asSystem(leaving, () -> jdbc.sql("select count(*) from " + table + " where tenant_id = :t")
                    .param("t", leaving.value()).query(Integer.class).single())).as("rows left in %s", table).isZero();
        }
        assertThat(signInPeople.credentials("only-" + s + "@leaving.example")).as("the executive who belonged nowhere else is erased").isEmpty();
        assertThat(signInPeople.credentials(alsoInAcme)).as("someone of another tenant keeps their account").isPresent();
        SignIn.as(context, alsoInAcme);
        assertThat(entrance.enter("acme").role()).isEqualTo(TenantRole.STAFF);
        assertThatThrownBy(() -> entrance.enter("leaving-" + s)).isInstanceOf(TenantNotFoundException.class);
    }

    /** The rows of every table of the tenant whose text mentions the needle, as table names. */
    private List<String> rowsMentioning(TenantId tenant, String needle) {
        List<String> tables = jdbc.sql("select table_name from information_schema.columns where table_schema = 'public' "
                + "and column_name = 'tenant_id' order by 1").query(String.class).list();
        return tenantScope.asSystem(tenant, () -> tables.stream().filter(table -> jdbc.sql("select count(*) from " + table
                        + " t where t.tenant_id = :t and t::text ilike '%' || :n || '%'").param("t", tenant.value()).param("n", needle)
                .query(Integer.class).single() > 0).toList());
    }
}
