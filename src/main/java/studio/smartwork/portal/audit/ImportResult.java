package studio.smartwork.portal.audit;

import java.util.List;
import studio.smartwork.portal.shared.Message;

/** The outcome of a CSV import: rows imported, or every problem found (and nothing written). */
public record ImportResult(int rowsImported, List<Problem> problems) {

    /**
     * A bad row: its line in the file (the header is line 1) and everything wrong with it, each
     * as a {@link Message} the page puts in the reader's language.
     */
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
