package studio.smartwork.portal.portfolio;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.activity.ActivityEntry;
import studio.smartwork.portal.design.DesignStatus;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * One client engagement in a consultant's portfolio (see docs/product.md, "Portfolio").
 *
 * @param auditCompletion share of expected audit days logged in the current campaign (0–1), null without a campaign
 * @param moneySavedLast3Months null when nothing is live yet; in the client's own currency
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

    /** The currency the client counts its money in: every amount of the row is in it. */
    public Currency currency() {
        return tenant.settings().currency();
    }

    /**
     * Where an engagement stands on the method's three steps (time audit, solution design,
     * outcome measurement), or before the first. The rule lives here only: the portfolio, its
     * filters and a client's overview all ask {@link #of}.
     */
    public enum Phase {
        SETUP("portfolio.phase.setup"),
        AUDIT("portfolio.phase.audit"),
        DESIGN("portfolio.phase.design"),
        OUTCOMES("portfolio.phase.outcomes");

        /** The method's three steps, in order; {@link #SETUP} is before the first of them. */
        public static final List<Phase> STEPS = List.of(AUDIT, DESIGN, OUTCOMES);

        private final String textKey;

        Phase(String textKey) {
            this.textKey = textKey;
        }

        public String textKey() {
            return textKey;
        }

        /** The key of what the consultant does next in this phase, for the client's overview. */
        public String nextKey() {
            return "portfolio.method.next." + name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * The furthest step a client's data shows: outcomes once anything is live, design once
         * there is an automation candidate or a design record, audit once there is a campaign.
         * A later step counts even when an earlier one left nothing behind (records written
         * without an audit are still design).
         */
        public static Phase of(int campaigns, int candidates, int designRecords, int liveSolutions) {
            if (liveSolutions > 0) {
                return OUTCOMES;
            }
            if (designRecords > 0 || candidates > 0) {
                return DESIGN;
            }
            return campaigns > 0 ? AUDIT : SETUP;
        }

        /** How a step of the method looks from this phase: behind it, the one being worked on, or ahead. */
        public StepState stateOf(Phase step) {
            if (step.ordinal() < ordinal()) {
                return StepState.DONE;
            }
            return step == this ? StepState.CURRENT : StepState.NEXT;
        }
    }

    /** A step of the method as a client's overview shows it. */
    public enum StepState {
        DONE("portfolio.method.step.done"),
        CURRENT("portfolio.method.step.current"),
        NEXT("portfolio.method.step.next");

        private final String textKey;

        StepState(String textKey) {
            this.textKey = textKey;
        }

        public String textKey() {
            return textKey;
        }
    }
}
