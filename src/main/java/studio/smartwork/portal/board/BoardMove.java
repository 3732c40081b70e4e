package studio.smartwork.portal.board;

/** A step a consultant can take with a card; each is a real transition of the record. */
public enum BoardMove {
    START_DESIGN("Start design record"),
    SUBMIT("Submit for review"),
    WITHDRAW("Withdraw from review"),
    START_BUILD("Start build"),
    GO_LIVE("Go live…"),
    START_IMPROVEMENT("Start improvement");

    private final String label;

    BoardMove(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
