package studio.smartwork.portal.audit;

import java.util.List;

/** The outcome of a CSV import: rows imported, or every problem found (and nothing written). */
public record ImportResult(int rowsImported, List<Problem> problems) {

    /** A bad row: its line in the file (the header is line 1) and what is wrong with it. */
    public record Problem(int line, String reason) {
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
