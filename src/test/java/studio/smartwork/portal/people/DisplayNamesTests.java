package studio.smartwork.portal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.board.ActionItem;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantService;

/**
 * Names shown in a tenant are those of its people: members, consultants, and those its rows
 * name as having done something there. An id of anyone else gives no name.
 */
@SpringBootTest
class DisplayNamesTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    PersonNames personNames;
    @Autowired
    TenantMembers tenantMembers;
    @Autowired
    TenantService tenants;
    @Autowired
    BoardService board;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPersonOfAnotherTenantHasNoNameHere() {
        TenantId acme = DemoTenants.id(context, "acme");
        SignIn.as(context, DemoPeople.DAN);
        long dan = CurrentActor.require().personId();
        SignIn.as(context, DemoPeople.CARLA);
        long carla = CurrentActor.require().personId();
        SignIn.as(context, DemoPeople.EVA);
        long eva = CurrentActor.require().personId();

        assertThat(personNames.displayNames(acme, List.of(dan, eva, carla)))
                .containsOnlyKeys(eva, carla);
    }

    @Test
    void namesOnlyInsideATenantThePersonMayEnter() {
        TenantId brightsmile = DemoTenants.id(context, "brightsmile");
        SignIn.as(context, DemoPeople.DAN);
        long dan = CurrentActor.require().personId();
        SignIn.as(context, DemoPeople.EVA);

        assertThatThrownBy(() -> personNames.displayNames(brightsmile, List.of(dan)))
                .isInstanceOf(TenantNotFoundException.class);
    }

    @Test
    void someoneWhoLeftKeepsTheirNameOnWhatTheyWereGiven() {
        TenantId acme = DemoTenants.id(context, "acme");
        String email = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, null);
        SignIn.as(context, email);
        Actor leaver = CurrentActor.require();
        SignIn.as(context, DemoPeople.CARLA);
        String title = "Hand over the refund macros " + System.nanoTime();
        board.createActionItem(acme, title, leaver.personId(), LocalDate.of(2026, 12, 18));
        SignIn.as(context, DemoPeople.EVA);
        tenantMembers.removeMember(acme, leaver.personId());

        ActionItem item = board.actionItems(acme).stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
        assertThat(item.assignee()).isEqualTo(leaver.displayName());
        assertThat(personNames.displayNames(acme, List.of(leaver.personId()))).containsEntry(leaver.personId(), leaver.displayName());
    }
}
