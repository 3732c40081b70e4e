package studio.smartwork.portal.audit;

import java.util.List;

/**
 * A file of time entries read as a table, before its columns are confirmed: whose export it looks
 * like, its header and rows as text, the mapping suggested from the header, and why it could not
 * be read (then there are no rows).
 */
public record ImportSheet(SheetFormat format, List<String> header, List<SheetRow> rows, ColumnMapping suggested,
        List<ImportResult.Problem> problems) {

    public ImportSheet {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean readable() {
        return problems.isEmpty();
    }
}
