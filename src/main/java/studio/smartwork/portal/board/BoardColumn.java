package studio.smartwork.portal.board;

/** The columns of the shared progress board, left to right (see docs/product.md, "Board"). */
public enum BoardColumn {
    CANDIDATES("Candidates"),
    DESIGNING("Designing"),
    IN_REVIEW("In review"),
    APPROVED("Approved"),
    BUILDING("Building"),
    LIVE("Live"),
    IMPROVING("Improving");

    private final String label;

    BoardColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
