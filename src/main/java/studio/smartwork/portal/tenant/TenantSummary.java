package studio.smartwork.portal.tenant;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.tenancy.TenantId;

/** A tenant as the rest of the portal sees it; {@code archivedAt} is when it was archived, null while active. */
public record TenantSummary(TenantId id, TenantSettings settings, TenantStatus status, @Nullable Instant archivedAt) {

    public String name() {
        return settings.name();
    }

    public String slug() {
        return settings.slug();
    }

    /** How money, numbers and times of this tenant are shown. */
    public TenantFormat format() {
        return new TenantFormat(settings.locale(), settings.currency(), settings.timeZone());
    }

    /** As {@link #format()}, with the words of dates in the reader's language (a page's locale). */
    public TenantFormat formatFor(java.util.Locale reader) {
        return format().forReader(reader);
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
