package studio.smartwork.portal.audit;

import java.util.List;

/** A sheet's header and its rows below it, as text: what {@link TrackerImports#importSheet} imports by a mapping of columns. */
public record SheetTable(List<String> header, List<SheetRow> rows) {

    public SheetTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
