package studio.smartwork.portal.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One time entry handed to {@link AuditImport#importRows}, as a file or a request gave it: every
 * field may be missing, so that the import names what is missing instead of failing on it.
 *
 * @param position where the entry came from, named in refusals: its line in a file (the header
 *        is line 1), or its index in a request's list
 * @param email the person's e-mail; they must be a member of the tenant
 * @param process the process, created when the tenant has none of that name
 * @param task the task within the process, created when missing
 * @param minutes 1 to {@link TimeLog#MAX_MINUTES}
 * @param occurrences how many times the task was done in those minutes; missing means once
 * @param repetitive rating 1 to 5, given with {@code ruleBased} and {@code predictable} or not at all
 * @param friction rating 1 to 5, optional on its own
 * @param note up to {@link TimeLog#MAX_NOTE} characters
 */
public record ImportedTimeEntry(int position, @Nullable LocalDate date, @Nullable String email, @Nullable String process,
        @Nullable String task, @Nullable Integer minutes, @Nullable Integer occurrences, @Nullable Integer repetitive,
        @Nullable Integer ruleBased, @Nullable Integer predictable, @Nullable Integer friction, @Nullable String note) {

    /** An entry without ratings, once: what a time tracker's row says. */
    public static ImportedTimeEntry unrated(int position, @Nullable LocalDate date, @Nullable String email,
            @Nullable String process, @Nullable String task, @Nullable Integer minutes, @Nullable String note) {
        return new ImportedTimeEntry(position, date, email, process, task, minutes, 1, null, null, null, null, note);
    }
}
