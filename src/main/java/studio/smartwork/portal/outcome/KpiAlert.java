package studio.smartwork.portal.outcome;

import java.time.LocalDate;

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

    public enum Kind {
        MISSED_TARGET("missed its target two periods in a row"),
        GETTING_WORSE("got worse two periods in a row"),
        NO_DATA("has had no data for two periods");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
