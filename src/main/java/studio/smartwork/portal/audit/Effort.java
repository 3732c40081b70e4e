package studio.smartwork.portal.audit;

/** A consultant's rough estimate of the work to automate a candidate. */
public enum Effort {
    S("S · up to 2 days"),
    M("M · up to 1 week"),
    L("L · up to 1 month"),
    XL("XL · more than 1 month");

    private final String label;

    Effort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
