package studio.smartwork.portal.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.DesignStatus;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * One client engagement in a consultant's portfolio (see docs/product.md, "Portfolio").
 *
 * @param auditCompletion share of expected audit days logged in the current campaign (0–1), null without a campaign
 * @param moneySavedLast3Months null when nothing is live yet
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
        @Nullable Instant lastActivityAt,
        String lastActivity) {

    /** The furthest step of the method an engagement has reached. */
    public enum Phase {
        SETUP("Setting up"),
        AUDIT("Time audit"),
        DESIGN("Solution design"),
        OUTCOMES("Measuring outcomes");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
