package studio.smartwork.portal.support;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.AccountSetup;
import studio.smartwork.portal.people.Invitation;
import studio.smartwork.portal.people.PeopleService;
import studio.smartwork.portal.people.Team;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;

/** People a test may change or remove without touching the demo people other tests rely on. */
public final class TestPeople {

    public static final String PASSWORD = "test-pass-1234";

    private TestPeople() {
    }

    /** A new client person of the tenant at {@code slug}, in the named team (or none), who can sign in; returns their e-mail. */
    public static String newClientPerson(ApplicationContext context, String slug, TenantRole role, @Nullable String teamName) {
        PeopleService people = context.getBean(PeopleService.class);
        TenantId tenant = context.getBean(TenantService.class).findBySlug(slug).orElseThrow().id();
        String email = "person-" + UUID.randomUUID().toString().substring(0, 8) + "@" + slug + ".example";
        SignIn.as(context, DemoPeople.ADMIN);
        Long teamId = teamName == null ? null : people.teams(tenant).stream().filter(t -> t.name().equals(teamName))
                .map(Team::id).findFirst().orElseThrow();
        people.invite(tenant, new Invitation(email, "Test " + email.substring(7, 15), role, teamId, AccountSetup.password(PASSWORD)));
        SignIn.out();
        return email;
    }
}
