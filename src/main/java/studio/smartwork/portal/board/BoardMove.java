package studio.smartwork.portal.board;

/** A step a consultant can take with a card; each is a real transition of the record. */
public enum BoardMove {
    START_DESIGN("board.move.start-design"),
    SUBMIT("board.move.submit"),
    WITHDRAW("board.move.withdraw"),
    START_BUILD("board.move.start-build"),
    GO_LIVE("board.move.go-live"),
    START_IMPROVEMENT("board.move.start-improvement");

    private final String textKey;

    BoardMove(String textKey) {
        this.textKey = textKey;
    }

    /** The key of the move's button text among the portal's texts. */
    public String textKey() {
        return textKey;
    }
}
