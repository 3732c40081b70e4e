package studio.smartwork.portal.tenancy;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The tenant and person that the next transaction on this thread belongs to. It is bound
 * only for the duration of one unit of work and always cleared in {@code finally}, so a
 * pooled thread never carries one tenant's binding into another request.
 */
public final class TenantContext {

    /** What the database is told at the start of a transaction. */
    public record Binding(@Nullable TenantId tenant, @Nullable Long personId) {
    }

    private static final ThreadLocal<Binding> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static @Nullable Binding current() {
        return CURRENT.get();
    }

    static <T> T callWith(Binding binding, Supplier<T> work) {
        Binding previous = CURRENT.get();
        if (previous != null && previous.tenant() != null && !previous.tenant().equals(binding.tenant())) {
            throw new IllegalStateException("A unit of work for tenant " + previous.tenant()
                    + " cannot switch to tenant " + binding.tenant());
        }
        CURRENT.set(binding);
        String previousMdc = MDC.get("tenant");
        if (binding.tenant() != null) {
            MDC.put("tenant", binding.tenant().toString());
        }
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
            if (previousMdc == null) {
                MDC.remove("tenant");
            } else {
                MDC.put("tenant", previousMdc);
            }
        }
    }
}
