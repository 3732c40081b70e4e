package studio.smartwork.portal.design;

import java.util.Locale;

/** Where a design record is in its life (see docs/product.md, "Lifecycle"). */
public enum DesignStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    CHANGES_REQUESTED,
    IN_BUILD,
    LIVE,
    RETIRED;

    /** The key of the status' name in the portal's texts: "design.status.in-review". */
    public String textKey() {
        return "design.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
