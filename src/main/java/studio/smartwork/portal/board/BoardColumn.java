package studio.smartwork.portal.board;

/** The columns of the shared progress board, left to right (see docs/product.md, "Board"). */
public enum BoardColumn {
    CANDIDATES("board.column.candidates"),
    DESIGNING("board.column.designing"),
    IN_REVIEW("board.column.in-review"),
    APPROVED("board.column.approved"),
    BUILDING("board.column.building"),
    LIVE("board.column.live"),
    IMPROVING("board.column.improving");

    private final String textKey;

    BoardColumn(String textKey) {
        this.textKey = textKey;
    }

    /** The key of the column's name among the portal's texts. */
    public String textKey() {
        return textKey;
    }
}
