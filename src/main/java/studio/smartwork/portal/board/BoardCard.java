package studio.smartwork.portal.board;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A card on the board: an automation candidate or a design record.
 *
 * @param recordNumber the design record's number, or null for a candidate
 * @param candidateId  the candidate's id, or null for a design record
 * @param moves        the moves the viewer may make from here, in the order to offer them
 * @param alerts       what needs attention in a live solution's KPIs, in plain words
 */
public record BoardCard(BoardColumn column, String reference, String title, String detail,
        @Nullable Integer recordNumber, @Nullable Long candidateId, List<BoardMove> moves, List<String> alerts) {
}
