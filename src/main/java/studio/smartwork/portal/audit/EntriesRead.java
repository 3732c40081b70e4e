package studio.smartwork.portal.audit;

import java.util.List;
import java.util.Map;
import studio.smartwork.portal.shared.Message;

/**
 * What a reader made of a file: the entries it could read, and the lines it could not read at
 * all (a wrong header, a row with the wrong number of columns). The import's own checks run on
 * the entries afterwards, so one refusal lists the problems of both.
 */
record EntriesRead(List<ReadEntry> entries, List<ImportResult.Problem> problems) {

    EntriesRead {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    static EntriesRead of(List<ImportedTimeEntry> entries) {
        return new EntriesRead(entries.stream().map(e -> new ReadEntry(e, Map.of())).toList(), List.of());
    }

    /**
     * An entry and, by field, why the reader could not read a value it was given (a date like
     * 2026-13-01, minutes like 12.5): the import gives that reason in the field's place instead
     * of saying the value is missing. Fields are {@link AuditImport}'s names: "text", "date",
     * "email", "minutes", "occurrences" and the ratings' column names.
     */
    record ReadEntry(ImportedTimeEntry entry, Map<String, Message> unreadable) {

        ReadEntry {
            unreadable = Map.copyOf(unreadable);
        }
    }
}
