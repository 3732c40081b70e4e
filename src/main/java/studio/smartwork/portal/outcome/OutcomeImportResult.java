package studio.smartwork.portal.outcome;

import java.util.List;
import studio.smartwork.portal.shared.Message;

/** The outcome of a CSV of measurements or run totals: rows recorded, or every problem found (and nothing recorded). */
public record OutcomeImportResult(int rowsRecorded, List<Problem> problems) {

    public OutcomeImportResult {
        problems = List.copyOf(problems);
    }

    /** A bad row: its line in the file (the header is line 1) and everything wrong with it, in the reader's language at the page. */
    public record Problem(int line, List<Message> reasons) {

        public Problem {
            reasons = List.copyOf(reasons);
        }

        static Problem of(int line, String key, Object... args) {
            return new Problem(line, List.of(Message.of(key, args)));
        }
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
