package studio.smartwork.portal.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One of the signed-in person's own time entries. */
public record TimeEntry(long id, LocalDate date, long taskId, String taskLabel, int minutes, int occurrences,
        @Nullable String note, long version) {

    public EntryVersion asSeen() {
        return new EntryVersion(id, version);
    }
}
