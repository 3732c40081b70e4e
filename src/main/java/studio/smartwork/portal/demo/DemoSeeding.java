package studio.smartwork.portal.demo;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.identity.SignedInPerson;
import studio.smartwork.portal.people.SignInPeople;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;

/** What a demo chapter needs: the demo tenants, and acting as a demo person. */
public final class DemoSeeding {

    private record DemoPerson(Actor actor, Instant signedInAt) implements SignedInPerson {
    }

    private final SignInPeople signInPeople;
    private final TenantService tenants;

    DemoSeeding(SignInPeople signInPeople, TenantService tenants) {
        this.signInPeople = signInPeople;
        this.tenants = tenants;
    }

    public TenantId tenant(String slug) {
        return tenants.findBySlug(slug).orElseThrow().id();
    }

    /** Runs the work signed in as the demo person with this e-mail, with their real roles. */
    public <T> T as(String email, Supplier<T> work) {
        Actor actor = signInPeople.credentials(email).orElseThrow().actor();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(new DemoPerson(actor, Instant.now()), null,
                Roles.authoritiesOf(actor)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return null;
        });
    }
}
