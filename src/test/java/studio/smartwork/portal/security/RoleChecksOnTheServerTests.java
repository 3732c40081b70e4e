package studio.smartwork.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditFixture;
import studio.smartwork.portal.audit.AuditTask;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.TaskCatalogue;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.people.TenantTeams;
import studio.smartwork.portal.readiness.ReadinessService;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;

/**
 * What the pages hide from a role, the services refuse too: someone calling a service
 * directly (a crafted request, a future API) gets no more than the page would show them.
 */
@SpringBootTest
class RoleChecksOnTheServerTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TenantTeams tenantTeams;
    @Autowired
    ReadinessService readiness;
    @Autowired
    TaskCatalogue catalogue;
    @Autowired
    TimeLog timeLog;
    @Autowired
    AuditCampaigns campaigns;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void staffDoNotGetTheTeamsHourlyCosts() {
        TenantId acme = AuditFixture.acme(context);
        SignIn.as(context, DemoPeople.SAM);
        assertThatThrownBy(() -> tenantTeams.teams(acme)).isInstanceOf(TenantNotFoundException.class);
        SignIn.as(context, DemoPeople.EVA);
        assertThat(tenantTeams.teams(acme)).isNotEmpty();
    }

    @Test
    void staffDoNotGetTheExecutivesSelfCheck() {
        TenantId acme = AuditFixture.acme(context);
        SignIn.as(context, DemoPeople.LIA);
        assertThatThrownBy(() -> readiness.latest(acme)).isInstanceOf(TenantNotFoundException.class);
        SignIn.as(context, DemoPeople.CARLA);
        readiness.latest(acme);
    }

    @Test
    void onlyTheConsultancySeesWhoProposedATask() {
        TenantId acme = AuditFixture.acme(context);
        SignIn.as(context, DemoPeople.CARLA);
        assertThat(proposer(acme)).isEqualTo("Sam Ortega");
        for (String client : new String[] {DemoPeople.LIA, DemoPeople.EVA, DemoPeople.SAM}) {
            SignIn.as(context, client);
            assertThat(proposer(acme)).as("proposer seen by %s", client).isNull();
            assertThat(catalogue.catalogue(acme)).flatExtracting(p -> p.tasks()).extracting(AuditTask::proposedBy).containsOnlyNulls();
        }
    }

    @Test
    void aClosedCampaignTakesNoNewFrictionNotesNorPlusOnes() {
        String s = AuditFixture.suffix();
        LocalDate monday = LocalDate.of(2026, 3, 2);
        Campaign campaign = AuditFixture.campaign(context, "Quiet " + s, monday, monday.plusDays(11), DemoPeople.SAM, DemoPeople.LIA);
        TenantId acme = AuditFixture.acme(context);
        SignIn.as(context, DemoPeople.SAM);
        timeLog.addFrictionNote(acme, campaign.id(), "The printer jams " + s);
        long note = timeLog.frictionNotes(acme, campaign.id()).getFirst().id();
        SignIn.as(context, DemoPeople.CARLA);
        campaigns.setOpen(acme, campaign.id(), false);

        SignIn.as(context, DemoPeople.LIA);
        assertThatThrownBy(() -> timeLog.addFrictionNote(acme, campaign.id(), "Too late " + s))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.reason().key()).isEqualTo("audit.friction.closed"));
        assertThatThrownBy(() -> timeLog.vote(acme, campaign.id(), note, true))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.reason().key()).isEqualTo("audit.friction.closed"));
        assertThat(timeLog.frictionNotes(acme, campaign.id())).singleElement().satisfies(n -> assertThat(n.votes()).isZero());
    }

    private String proposer(TenantId acme) {
        return catalogue.tasks(acme).stream().filter(t -> t.name().equals("Reschedule missed deliveries"))
                .findFirst().orElseThrow().proposedBy();
    }
}
