package studio.smartwork.portal.demo;

import java.util.List;
import java.util.function.Supplier;
import studio.smartwork.portal.notifications.ActingFor;
import studio.smartwork.portal.people.SignInPeople;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;

/** What a demo chapter needs: the demo tenants, and acting as a demo person. */
public final class DemoSeeding {


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
        return ActingFor.person(signInPeople.credentials(email).orElseThrow().actor(), work);
    }

    public void as(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return null;
        });
    }
}
