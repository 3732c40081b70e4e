package studio.smartwork.portal.outcome;

import java.time.LocalDate;
import studio.smartwork.portal.shared.Message;

/**
 * A KPI that needs attention (see docs/product.md, "Monitoring"). Raised on the periods
 * that have ended, so a month in progress never raises one.
 *
 * @param since the first period of the pattern that raised it
 */
public record KpiAlert(
        long recordId,
        String solutionReference,
        long kpiId,
        String kpiName,
        Kind kind,
        LocalDate since) {

    /** What the alert says, "Calls handled missed its target two periods in a row", for the page to put in the reader's language. */
    public Message message() {
        return Message.of(kind.textKey(), kpiName);
    }

    public enum Kind {
        MISSED_TARGET("outcome.alert.missed-target"),
        GETTING_WORSE("outcome.alert.getting-worse"),
        NO_DATA("outcome.alert.no-data");

        private final String textKey;

        Kind(String textKey) {
            this.textKey = textKey;
        }

        /** The key of the alert's text; its value {0} is the KPI's name. */
        public String textKey() {
            return textKey;
        }
    }
}
