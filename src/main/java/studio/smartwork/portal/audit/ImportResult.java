package studio.smartwork.portal.audit;

import java.util.List;
import studio.smartwork.portal.shared.Message;

/** The outcome of an import of time entries: rows imported, or every problem found (and nothing written). */
public record ImportResult(int rowsImported, List<Problem> problems) {

    /**
     * A bad row: where it is — its line in a file (the header is line 1), or its position in a
     * list of entries given to {@link AuditImport#importRows} — and everything wrong with it, each
     * as a {@link Message} the page (or the API's response) puts in the reader's language.
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
