package studio.smartwork.portal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.Mailbox;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;

/** An invitation whose account the sign-in service does not create leaves nothing behind. */
@SpringBootTest
class InvitationRollbackTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    SignInPeople signInPeople;
    @Autowired
    TenantMembers tenantMembers;

    @Autowired
    TenantService tenants;

    @MockitoSpyBean
    AccountProvisioning accounts;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void whenTheAccountCannotBeCreatedNobodyIsInvited() {
        doThrow(new AccountProvisioningException("The company's sign-in service (Keycloak) does not answer, so nobody was invited."))
                .when(accounts).prepare(any());
        SignIn.as(context, DemoPeople.EVA);
        TenantId acme = DemoTenants.id(context, "acme");
        String email = "nina-" + System.nanoTime() + "@acme.example";

        assertThatThrownBy(() -> context.getBean(Invitations.class).invite(acme, new Invitation(email, "Nina Staff", TenantRole.STAFF, null)))
                .isInstanceOf(AccountProvisioningException.class)
                .hasMessageContaining("nobody was invited");

        assertThat(signInPeople.credentials(email)).isEmpty();
        assertThat(tenantMembers.members(acme)).noneMatch(member -> member.email().equals(email));
        assertThat(context.getBean(Invitations.class).pending(acme)).noneMatch(invitation -> invitation.email().equals(email));
        assertThat(Mailbox.of(context, email)).as("a rolled-back invitation sends nothing").isEmpty();
    }
}
