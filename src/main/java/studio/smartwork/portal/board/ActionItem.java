package studio.smartwork.portal.board;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something one person has to do. {@code overdue}: open and due before today in the tenant's
 * time zone. {@code mayTick} says whether the viewer may tick it (its assignee, a consultant);
 * {@code mayChange} whether they may edit, reassign or delete it (who added it, a consultant).
 */
public record ActionItem(long id, String title, long assigneeId, String assignee, @Nullable LocalDate dueOn,
        @Nullable Instant doneAt, boolean overdue, boolean mayTick, boolean mayChange) {

    public boolean isDone() {
        return doneAt != null;
    }
}
