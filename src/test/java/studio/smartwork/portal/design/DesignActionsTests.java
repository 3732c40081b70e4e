package studio.smartwork.portal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;

/**
 * What each role may do with a record in each status, as {@link DesignRecords#allowedActions}
 * tells the pages, and that the services refuse every step it leaves out: a record is taken
 * through its whole life, and at every status each person of acme is asked what they may do
 * and then tries everything else.
 */
@SpringBootTest
class DesignActionsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    DesignRecords designs;
    @Autowired
    DesignReviews reviews;
    @Autowired
    SolutionDelivery delivery;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private TenantId acme() {
        return DemoTenants.id(context, "acme");
    }

    @Test
    void eachRoleIsOfferedExactlyTheStepsTheServicesAllowThroughoutARecordsLife() {
        TenantId acme = acme();
        SignIn.as(context, DemoPeople.CARLA);
        int number = designs.create(acme, "Actions " + System.nanoTime(), List.of()).number();
        offered(acme, number, DesignStatus.DRAFT,
                EnumSet.of(DesignAction.EDIT, DesignAction.SUBMIT), EnumSet.noneOf(DesignAction.class));

        SignIn.as(context, DemoPeople.CARLA);
        designs.saveContent(acme, number, 1, DesignRecordLifecycleTests.complete("Actions", "Too many calls"));
        reviews.submit(acme, number);
        offered(acme, number, DesignStatus.IN_REVIEW,
                EnumSet.of(DesignAction.WITHDRAW), EnumSet.of(DesignAction.APPROVE, DesignAction.REQUEST_CHANGES));

        SignIn.as(context, DemoPeople.EVA);
        reviews.requestChanges(acme, number, 2, "Say who answers complaints");
        offered(acme, number, DesignStatus.CHANGES_REQUESTED,
                EnumSet.of(DesignAction.EDIT, DesignAction.SUBMIT), EnumSet.noneOf(DesignAction.class));

        SignIn.as(context, DemoPeople.CARLA);
        reviews.submit(acme, number);
        SignIn.as(context, DemoPeople.EVA);
        reviews.approve(acme, number, 2, "");
        offered(acme, number, DesignStatus.APPROVED,
                EnumSet.of(DesignAction.EDIT, DesignAction.START_BUILD), EnumSet.noneOf(DesignAction.class));

        SignIn.as(context, DemoPeople.CARLA);
        delivery.startBuild(acme, number);
        offered(acme, number, DesignStatus.IN_BUILD,
                EnumSet.of(DesignAction.EDIT, DesignAction.GO_LIVE), EnumSet.noneOf(DesignAction.class));

        SignIn.as(context, DemoPeople.CARLA);
        delivery.goLive(acme, number, YearMonth.now().minusMonths(1));
        offered(acme, number, DesignStatus.LIVE,
                EnumSet.of(DesignAction.START_IMPROVEMENT, DesignAction.RETIRE), EnumSet.noneOf(DesignAction.class));

        SignIn.as(context, DemoPeople.CARLA);
        delivery.retire(acme, number);
        offered(acme, number, DesignStatus.RETIRED, EnumSet.noneOf(DesignAction.class), EnumSet.noneOf(DesignAction.class));
    }

    @Test
    void administratorsMayDoWhatConsultantsMay() {
        TenantId acme = acme();
        SignIn.as(context, DemoPeople.CARLA);
        int number = designs.create(acme, "Admin actions " + System.nanoTime(), List.of()).number();
        SignIn.as(context, DemoPeople.ADMIN);
        assertThat(designs.allowedActions(acme, number)).containsExactly(DesignAction.EDIT, DesignAction.SUBMIT);
    }

    @Test
    void nobodyLearnsTheActionsOfAnotherTenantsRecord() {
        SignIn.as(context, DemoPeople.CARLA);
        int number = designs.create(DemoTenants.id(context, "brightsmile"), "Elsewhere " + System.nanoTime(), List.of()).number();
        for (String person : List.of(DemoPeople.EVA, DemoPeople.SAM, DemoPeople.TOM)) {
            SignIn.as(context, person);
            assertThatThrownBy(() -> designs.allowedActions(DemoTenants.id(context, "brightsmile"), number))
                    .as(person).isInstanceOf(TenantNotFoundException.class);
        }
    }

    /**
     * At this status, the consultant and the executive are offered exactly these steps (in the
     * order pages show them) and staff none; every step not offered is refused by the service
     * and leaves the record as it was.
     */
    private void offered(TenantId acme, int number, DesignStatus status, EnumSet<DesignAction> consultant,
            EnumSet<DesignAction> executive) {
        Map<String, EnumSet<DesignAction>> expected = Map.of(DemoPeople.CARLA, consultant, DemoPeople.EVA, executive,
                DemoPeople.SAM, EnumSet.noneOf(DesignAction.class));
        expected.forEach((person, actions) -> {
            SignIn.as(context, person);
            assertThat(designs.record(acme, number).summary().status()).isEqualTo(status);
            assertThat(designs.allowedActions(acme, number)).as("%s on a record %s", person, status)
                    .containsExactlyElementsOf(actions);
            for (DesignAction refused : EnumSet.complementOf(actions)) {
                int revision = designs.record(acme, number).summary().currentRevision();
                assertThatThrownBy(() -> take(refused, acme, number, revision))
                        .as("%s trying %s on a record %s", person, refused, status).isInstanceOf(NotAllowedException.class);
            }
            assertThat(designs.record(acme, number).summary().status()).isEqualTo(status);
        });
    }

    /** Takes a step through the service a page would call for it, with input that would pass. */
    private void take(DesignAction action, TenantId acme, int number, int revision) {
        switch (action) {
            case EDIT -> designs.saveContent(acme, number, revision, designs.record(acme, number).content().toBuilder()
                    .problem("Changed " + System.nanoTime()).build());
            case SUBMIT -> reviews.submit(acme, number);
            case WITHDRAW -> reviews.withdraw(acme, number);
            case APPROVE -> reviews.approve(acme, number, revision, "");
            case REQUEST_CHANGES -> reviews.requestChanges(acme, number, revision, "Say more");
            case START_BUILD -> delivery.startBuild(acme, number);
            case GO_LIVE -> delivery.goLive(acme, number, YearMonth.now().minusMonths(1));
            case START_IMPROVEMENT -> delivery.startImprovement(acme, number);
            case RETIRE -> delivery.retire(acme, number);
        }
    }
}
