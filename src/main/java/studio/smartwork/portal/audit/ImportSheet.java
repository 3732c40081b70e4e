package studio.smartwork.portal.audit;

import java.util.List;

/**
 * A file of time entries read as a table, before its columns are confirmed: whose export it looks
 * like, its header and rows as text, the mapping suggested from the header, and why it could not
 * be read (then the table is empty).
 */
public record ImportSheet(SheetFormat format, SheetTable table, ColumnMapping suggested, List<ImportResult.Problem> problems) {

    public ImportSheet {
        problems = List.copyOf(problems);
    }

    public List<String> header() {
        return table.header();
    }

    public List<SheetRow> rows() {
        return table.rows();
    }

    public boolean readable() {
        return problems.isEmpty();
    }
}
