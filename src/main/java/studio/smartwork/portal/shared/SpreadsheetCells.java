package studio.smartwork.portal.shared;

import org.jspecify.annotations.Nullable;

/**
 * Text that goes into a cell of a CSV or XLSX file the portal writes. Spreadsheet programs
 * run a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (and, after a
 * leading tab or carriage return, whatever follows) as a formula, so a task named
 * {@code =HYPERLINK(…)} would become a live link in the consultant's spreadsheet. Such text
 * gets a leading apostrophe, which spreadsheets show as plain text; the file stays valid CSV
 * because quoting is left to the CSV writer. Numbers the portal computes are written as
 * numbers, not through here.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    public static String text(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
