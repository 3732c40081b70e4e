package studio.smartwork.portal.outcome;

import java.util.List;

/**
 * What became of each event sent: new, or a duplicate of one already received (same sender's
 * id for the same solution) that changed nothing. Items are in the order they were sent.
 */
public record RunEventsReceipt(List<Item> items) {

    /** @param index the event's position in what was sent, from 0 */
    public record Item(int index, String senderEventId, boolean isNew) {
    }

    public long newEvents() {
        return items.stream().filter(Item::isNew).count();
    }

    public long duplicates() {
        return items.size() - newEvents();
    }
}
