package studio.smartwork.portal.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the quick form sends; checked by the service, so every field may be missing. */
public record NewTimeEntry(@Nullable LocalDate date, @Nullable Long taskId, @Nullable Integer minutes,
        @Nullable Integer occurrences, @Nullable String note) {
}
