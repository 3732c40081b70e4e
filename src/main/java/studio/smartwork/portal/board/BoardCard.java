package studio.smartwork.portal.board;

import java.util.List;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.shared.Message;

/**
 * A card on the board: an automation candidate or a design record. What it says is kept as
 * messages, which the page puts in its reader's language.
 *
 * @param reference    the design record's reference ("SDR-n"), or null for a candidate
 * @param detail       what the card says under its title, in parts the page shows side by side
 * @param recordNumber the design record's number, or null for a candidate
 * @param candidateId  the candidate's id, or null for a design record
 * @param moves        the moves the viewer may make from here, in the order to offer them
 * @param alerts       what needs attention in a live solution's KPIs
 */
public record BoardCard(BoardColumn column, @Nullable String reference, String title, List<Message> detail,
        @Nullable Integer recordNumber, @Nullable Long candidateId, List<BoardMove> moves, List<Message> alerts) {
}
