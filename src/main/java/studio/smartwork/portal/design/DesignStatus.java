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

    /**
     * The status' name in English ("In review"). Pages write {@link #textKey()} in their reader's
     * language; this stays only while the board and the portfolio still call it.
     */
    @Deprecated(forRemoval = true)
    public String label() {
        String words = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
