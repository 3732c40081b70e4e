package studio.smartwork.portal.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One cell of the weekly grid: a task on a day; no minutes means nothing logged. */
public record WeekCell(long taskId, LocalDate date, @Nullable Integer minutes, @Nullable Integer occurrences) {
}
