package studio.smartwork.portal.portfolio;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.activity.ActivityEntry;
import studio.smartwork.portal.design.DesignStatus;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * One client engagement in a consultant's portfolio (see docs/product.md, "Portfolio").
 *
 * @param auditCompletion share of expected audit days logged in the current campaign (0–1), null without a campaign
 * @param moneySavedLast3Months null when nothing is live yet
 * @param lastActivity the latest entry of the client's activity feed, null while it is empty
 */
public record PortfolioRow(
        TenantSummary tenant,
        Phase phase,
        @Nullable BigDecimal auditCompletion,
        int candidates,
        Map<DesignStatus, Long> recordsByStatus,
        int liveSolutions,
        @Nullable BigDecimal moneySavedLast3Months,
        int openAlerts,
        @Nullable ActivityEntry lastActivity) {

    /** The furthest step of the method an engagement has reached. */
    public enum Phase {
        SETUP("portfolio.phase.setup"),
        AUDIT("portfolio.phase.audit"),
        DESIGN("portfolio.phase.design"),
        OUTCOMES("portfolio.phase.outcomes");

        private final String textKey;

        Phase(String textKey) {
            this.textKey = textKey;
        }

        public String textKey() {
            return textKey;
        }
    }
}
