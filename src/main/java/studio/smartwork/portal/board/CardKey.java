package studio.smartwork.portal.board;

import org.jspecify.annotations.Nullable;

/**
 * Which card of the board something is about: a design record, by its number in the tenant, or
 * an automation candidate that has no record yet, by its id. A key that names both or neither
 * names no card, and the services answer it as not found.
 */
public record CardKey(@Nullable Integer recordNumber, @Nullable Long candidateId) {

    public static CardKey ofRecord(int number) {
        return new CardKey(number, null);
    }

    public static CardKey ofCandidate(long id) {
        return new CardKey(null, id);
    }

    /** True when the key names exactly one card. */
    public boolean isOneCard() {
        return (recordNumber == null) != (candidateId == null);
    }
}
