package studio.smartwork.portal.board;

import java.util.List;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;

/**
 * A card on the board: an automation candidate or a design record. What it says is kept as
 * messages, which the page puts in its reader's language.
 *
 * @param reference    the design record's reference ("SDR-n"), or null for a candidate
 * @param detail       what the card says under its title, in parts the page shows side by side
 * @param recordNumber the design record's number, or null for a candidate
 * @param recordId     the design record's id, which its alert history is found by, or null for a candidate
 * @param candidateId  the candidate's id, or null for a design record
 * @param moves        the moves the viewer may make from here, in the order to offer them
 * @param alerts       what needs attention in a live solution's KPIs
 * @param comments     how many comments the card's thread has
 */
public record BoardCard(BoardColumn column, @Nullable String reference, String title, List<Message> detail,
        @Nullable Integer recordNumber, @Nullable Long recordId, @Nullable Long candidateId, List<BoardMove> moves, List<Message> alerts, int comments) {

    /** Which card this is, for its thread. */
    public CardKey key() {
        return new CardKey(recordNumber, candidateId);
    }

    /**
     * The move that takes this card onto another column, as dropping it there asks: the one of
     * its allowed moves that lands there. Anything else is refused as the move itself would be,
     * so dragging follows exactly the rules of the move buttons.
     */
    public BoardMove moveOnto(BoardColumn target) {
        return moves.stream().filter(move -> target != column && landsIn(move) == target).findFirst()
                .orElseThrow(() -> new NotAllowedException(BoardMove.NOT_POSSIBLE));
    }

    /**
     * The column a move takes this card to. An improvement stays in Improving through review
     * and build, so of its moves only going live takes it elsewhere.
     */
    public BoardColumn landsIn(BoardMove move) {
        return column == BoardColumn.IMPROVING && move != BoardMove.GO_LIVE ? BoardColumn.IMPROVING : move.destination();
    }
}
