package studio.smartwork.portal.audit;

import java.util.List;

/** One row of a sheet below its header: its line in the file (the header's line is 1 in a CSV) and its cells as text. */
public record SheetRow(int line, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in a column, empty when the row is shorter. */
    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }
}
