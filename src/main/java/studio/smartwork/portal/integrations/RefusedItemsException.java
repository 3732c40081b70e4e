package studio.smartwork.portal.integrations;

import java.util.List;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.shared.Message;

/**
 * A batch sent to the API in which some items were refused: nothing of it was stored, and the
 * answer names each refused item by its index in the request (from 0) with every reason.
 */
public class RefusedItemsException extends RuntimeException {

    /** One refused item: its index in the request's list and what is wrong with it. */
    public record RefusedItem(int index, List<Reason> reasons) {

        public RefusedItem {
            reasons = List.copyOf(reasons);
        }
    }

    /** A reason, naming the item's field when one field is at fault. */
    public record Reason(@Nullable String field, Message message) {
    }

    private final int total;
    private final List<RefusedItem> refused;

    public RefusedItemsException(int total, List<RefusedItem> refused) {
        super(refused.size() + "/" + total);
        this.total = total;
        this.refused = List.copyOf(refused);
    }

    public int total() {
        return total;
    }

    public List<RefusedItem> refused() {
        return refused;
    }
}
