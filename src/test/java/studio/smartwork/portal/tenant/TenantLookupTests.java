package studio.smartwork.portal.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.Invitation;
import studio.smartwork.portal.people.Invitations;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * Looking a tenant up tells a signed-in person nothing of a tenant that is not theirs: by id,
 * by several ids and by address, another tenant is not found, as if it did not exist.
 */
@SpringBootTest
class TenantLookupTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TenantService tenants;
    @Autowired
    Invitations invitations;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aClientPersonFindsTheirOwnTenantOnly() {
        TenantId acme = tenants.findBySlug("acme").orElseThrow().id();
        TenantId brightsmile = tenants.findBySlug("brightsmile").orElseThrow().id();

        SignIn.as(context, DemoPeople.EVA);
        assertThat(tenants.find(acme)).isPresent();
        assertThat(tenants.find(brightsmile)).isEmpty();
        assertThat(tenants.findBySlug("brightsmile")).isEmpty();
        assertThat(tenants.findAll(List.of(acme, brightsmile))).extracting(TenantSummary::id).containsExactly(acme);

        SignIn.as(context, DemoPeople.ADMIN);
        assertThat(tenants.findAll(List.of(acme, brightsmile))).hasSize(2);
    }

    @Test
    void anInvitedPersonFindsTheTenantThatInvitedThem() {
        TenantId acme = tenants.findBySlug("acme").orElseThrow().id();
        // A person of another tenant, at an address that names no demo tenant.
        String neighbour = "nell-" + System.nanoTime() + "@neighbour.example";
        TestPeople.member(context, tenants.findBySlug("brightsmile").orElseThrow().id(), neighbour, "Nell Neighbour", TenantRole.STAFF,
                null, DemoPeople.ADMIN);
        SignIn.as(context, neighbour);
        assertThat(tenants.find(acme)).isEmpty();

        SignIn.as(context, DemoPeople.EVA);
        invitations.invite(acme, new Invitation(neighbour, "Nell Neighbour", TenantRole.STAFF, null));

        SignIn.as(context, neighbour);
        assertThat(tenants.find(acme)).isPresent();
        assertThat(invitations.mine(CurrentActor.require())).extracting(i -> i.tenant().id()).containsExactly(acme);
    }
}
