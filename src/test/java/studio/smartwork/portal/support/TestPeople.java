package studio.smartwork.portal.support;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.Invitation;
import studio.smartwork.portal.people.Invitations;
import studio.smartwork.portal.people.PeopleSeeding;
import studio.smartwork.portal.people.Team;
import studio.smartwork.portal.people.TenantTeams;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;

/**
 * People a test may change or remove without touching the demo people other tests rely on.
 * They come in the ordinary way: invited by an administrator, their password seeded as if they
 * had opened their one-time link, and their invitation accepted as themselves.
 */
public final class TestPeople {

    public static final String PASSWORD = "test-pass-1234";

    private TestPeople() {
    }

    /** A new client person of the tenant at {@code slug}, in the named team (or none), who can sign in; returns their e-mail. */
    public static String newClientPerson(ApplicationContext context, String slug, TenantRole role, @Nullable String teamName) {
        TenantId tenant = context.getBean(TenantService.class).findBySlug(slug).orElseThrow().id();
        String email = "person-" + UUID.randomUUID().toString().substring(0, 8) + "@" + slug + ".example";
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(context, DemoPeople.ADMIN);
        Long teamId = teamName == null ? null : context.getBean(TenantTeams.class).teams(tenant).stream()
                .filter(t -> t.name().equals(teamName)).map(Team::id).findFirst().orElseThrow();
        member(context, tenant, email, "Test " + email.substring(7, 15), role, teamId, DemoPeople.ADMIN);
        SecurityContextHolder.getContext().setAuthentication(previous);
        return email;
    }

    /**
     * Invites a person into a tenant as {@code inviter} (who must be allowed to), seeds their
     * password and accepts the invitation as them; returns who they are. Leaves nobody signed in.
     */
    public static Actor member(ApplicationContext context, TenantId tenant, String email, String name, TenantRole role,
            @Nullable Long teamId, String inviter) {
        SignIn.as(context, inviter);
        context.getBean(Invitations.class).invite(tenant, new Invitation(email, name, role, teamId));
        Actor person = context.getBean(PeopleSeeding.class).knownPassword(email,
                context.getBean(PasswordEncoder.class).encode(PASSWORD));
        SignIn.as(context, email);
        context.getBean(Invitations.class).acceptAll(person);
        SignIn.out();
        return person;
    }

    /** A consultancy person created directly, as the demo data creates them; no password unless given. */
    public static Actor consultancyPerson(ApplicationContext context, String email, String name, PlatformRole role) {
        return context.getBean(PeopleSeeding.class).consultancyPerson(email, name, role,
                context.getBean(PasswordEncoder.class).encode(PASSWORD));
    }
}
