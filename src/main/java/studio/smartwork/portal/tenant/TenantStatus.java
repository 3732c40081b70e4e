package studio.smartwork.portal.tenant;

import java.util.Locale;

public enum TenantStatus {
    ACTIVE,
    ARCHIVED;

    /** The key of the status's name among the portal's texts ("tenant.status.archived"). */
    public String textKey() {
        return "tenant.status." + name().toLowerCase(Locale.ROOT);
    }
}
