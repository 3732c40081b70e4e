package studio.smartwork.portal.board;

/** A step a consultant can take with a card; each is a real transition of the record. */
public enum BoardMove {
    START_DESIGN("board.move.start-design", BoardColumn.DESIGNING),
    SUBMIT("board.move.submit", BoardColumn.IN_REVIEW),
    WITHDRAW("board.move.withdraw", BoardColumn.DESIGNING),
    START_BUILD("board.move.start-build", BoardColumn.BUILDING),
    GO_LIVE("board.move.go-live", BoardColumn.LIVE),
    START_IMPROVEMENT("board.move.start-improvement", BoardColumn.IMPROVING);

    /** The refusal of a move the card does not have from where it stands. */
    public static final String NOT_POSSIBLE = "board.move.not-possible";

    private final String textKey;
    private final BoardColumn destination;

    BoardMove(String textKey, BoardColumn destination) {
        this.textKey = textKey;
        this.destination = destination;
    }

    /** The key of the move's button text among the portal's texts. */
    public String textKey() {
        return textKey;
    }

    /**
     * The column the move leads to: where the record goes, or for a start, where the new record
     * appears. An improvement record is the exception ({@link BoardCard#landsIn}).
     */
    public BoardColumn destination() {
        return destination;
    }
}
