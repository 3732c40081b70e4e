package studio.smartwork.portal.tenancy;

import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import studio.smartwork.portal.database.FreshConnectionRetry;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.CurrentActor;

/**
 * The one way into a tenant's data. Each call opens a transaction bound to the tenant
 * (so row-level security applies), checks the acting person's access to the tenant
 * inside it before the work runs, and hands the work a {@link TenantSession}. A person
 * without access gets {@link TenantNotFoundException}, the same as for a tenant that
 * does not exist.
 */
@Component
public class TenantScope {

    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final TransactionTemplate readingApart;
    private final TenantAccessPolicy accessPolicy;
    private final FreshConnectionRetry freshConnectionRetry;

    TenantScope(PlatformTransactionManager transactionManager, TenantAccessPolicy accessPolicy, FreshConnectionRetry freshConnectionRetry) {
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactionManager);
        this.readingApart = new TransactionTemplate(transactionManager);
        this.readingApart.setReadOnly(true);
        this.readingApart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.accessPolicy = accessPolicy;
        this.freshConnectionRetry = freshConnectionRetry;
    }

    /**
     * Reads the tenant's data as the signed-in person. A read whose database connection broke (a
     * restart, a failover) runs once more on a fresh connection, so the work must only read.
     */
    public <T> T read(TenantId tenant, Function<TenantSession, T> work) {
        Actor actor = CurrentActor.require();
        return freshConnectionRetry.once(() -> inTenant(reading, tenant, actor, work));
    }

    /**
     * Changes the tenant's data as the signed-in person, all or nothing. It is never tried again by
     * itself: a broken connection may have taken the commit with it, and the person decides.
     */
    public <T> T write(TenantId tenant, Function<TenantSession, T> work) {
        Actor actor = CurrentActor.require();
        try {
            return inTenant(writing, tenant, actor, work);
        } catch (RuntimeException failure) {
            freshConnectionRetry.renewIfBroken(failure);
            throw failure;
        }
    }

    /**
     * A write that stores nothing twice however often it runs (run events keyed by their sender's
     * id): if its connection broke, it runs once more on a fresh one, as a read does.
     */
    public <T> T writeIdempotent(TenantId tenant, Function<TenantSession, T> work) {
        Actor actor = CurrentActor.require();
        return freshConnectionRetry.once(() -> inTenant(writing, tenant, actor, work));
    }

    /**
     * Work of the portal itself inside one tenant, with no person's access to check:
     * seeding demo data, jobs. Never call it with a tenant that came from a request.
     */
    public <T> T asSystem(TenantId tenant, Supplier<T> work) {
        return TenantContext.callWith(new TenantContext.Binding(tenant, null), () -> writing.execute(status -> work.get()));
    }

    /**
     * Work outside any tenant on behalf of a person, for example finding the tenants they
     * belong to: their own memberships and assignments are visible, no tenant's data is. It reads
     * in a transaction of its own, as a binding applies when its transaction begins: joined to a
     * transaction of a tenant or of the portal, it would see that transaction's rows instead.
     */
    public <T> T asPerson(Actor actor, Supplier<T> work) {
        return freshConnectionRetry.once(() -> TenantContext.callWith(new TenantContext.Binding(null, actor.personId()),
                () -> readingApart.execute(status -> work.get())));
    }

    private <T> T inTenant(TransactionTemplate template, TenantId tenant, Actor actor, Function<TenantSession, T> work) {
        return TenantContext.callWith(new TenantContext.Binding(tenant, actor.personId()), () -> template.execute(status -> {
            var role = accessPolicy.roleOf(actor, tenant).orElseThrow(TenantNotFoundException::new);
            return work.apply(new TenantSession(tenant, actor, role));
        }));
    }
}
