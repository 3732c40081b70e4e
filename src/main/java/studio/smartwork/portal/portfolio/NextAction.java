package studio.smartwork.portal.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * Something a consultant should do today at one of their clients (see docs/product.md, "Next
 * actions"). What {@code target}, {@code date} and {@code days} hold depends on the kind.
 *
 * @param target the design record's number, the solution's record id (alerts), the action item's or the campaign's id
 * @param reference "SDR-12" for design records and solutions, empty otherwise
 * @param subject the record's title, the KPI's name, the action item's title or the campaign's name
 * @param date since when it waits (records, alerts), when it was due (items) or when the campaign ends
 * @param days whole days it has waited or been overdue; days left until the campaign ends
 * @param completion the campaign's completion (0–1), null for other kinds
 */
public record NextAction(TenantSummary client, Kind kind, long target, String reference, String subject, LocalDate date, long days,
        @Nullable BigDecimal completion) {

    /** The kinds in order of urgency: the first ones only the consultant can unblock, the last ones are reminders. */
    public enum Kind {
        CHANGES_REQUESTED("portfolio.next-actions.kind.changes-requested"),
        CAMPAIGN_ENDING("portfolio.next-actions.kind.campaign-ending"),
        KPI_ALERT("portfolio.next-actions.kind.kpi-alert"),
        OVERDUE_ITEM("portfolio.next-actions.kind.overdue-item"),
        APPROVAL_WAITING("portfolio.next-actions.kind.approval-waiting");

        private final String textKey;

        Kind(String textKey) {
            this.textKey = textKey;
        }

        /** The key of the kind's text; its values are described where it is defined. */
        public String textKey() {
            return textKey;
        }
    }
}
