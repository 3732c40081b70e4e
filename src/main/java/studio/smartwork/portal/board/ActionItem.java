package studio.smartwork.portal.board;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Something one person has to do; {@code mayTick} says whether the viewer may tick it. */
public record ActionItem(long id, String title, long assigneeId, String assignee, @Nullable LocalDate dueOn,
        @Nullable Instant doneAt, boolean overdue, boolean mayTick) {

    public boolean isDone() {
        return doneAt != null;
    }
}
