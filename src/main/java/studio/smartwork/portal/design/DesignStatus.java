package studio.smartwork.portal.design;

/** Where a design record is in its life (see docs/product.md, "Lifecycle"). */
public enum DesignStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    APPROVED("Approved"),
    CHANGES_REQUESTED("Changes requested"),
    IN_BUILD("In build"),
    LIVE("Live"),
    RETIRED("Retired");

    private final String label;

    DesignStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
