package studio.smartwork.portal.audit;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One cell of the weekly grid: a task on a day, with the minutes and occurrences logged (none
 * means nothing logged), and the entries the cell stands for as the page loaded them. Saving
 * a cell changes its one entry in place, keeping its note, or creates one where there was
 * none; a cell of several entries is not merged by the grid, they are changed one by one.
 *
 * @param entries the entries the cell was loaded with; empty for a cell typed where nothing was logged
 * @param note    the note of the cell's one entry, shown beside it; null for none or several
 */
public record WeekCell(long taskId, LocalDate date, @Nullable Integer minutes, @Nullable Integer occurrences,
        List<EntryVersion> entries, @Nullable String note) {

    public WeekCell {
        entries = List.copyOf(entries);
    }

    /** A cell typed where nothing was logged yet. */
    public WeekCell(long taskId, LocalDate date, @Nullable Integer minutes, @Nullable Integer occurrences) {
        this(taskId, date, minutes, occurrences, List.of(), null);
    }

    /** The same cell with new minutes and occurrences, still standing for the entries it was loaded with. */
    public WeekCell typed(@Nullable Integer newMinutes, @Nullable Integer newOccurrences) {
        return new WeekCell(taskId, date, newMinutes, newOccurrences, entries, note);
    }

    /** The grid changes a cell of at most one entry; several entries of a day are changed one by one. */
    public boolean editableInGrid() {
        return entries.size() <= 1;
    }
}
