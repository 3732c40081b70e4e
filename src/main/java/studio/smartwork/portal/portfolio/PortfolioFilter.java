package studio.smartwork.portal.portfolio;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.portfolio.PortfolioRow.Phase;
import studio.smartwork.portal.shared.PageRequest;

/**
 * What a consultant narrows the portfolio to (see docs/product.md, "Portfolio"): clients whose
 * name holds a text, in a phase, with open alerts, counting in a currency, active lately or
 * quiet for a while. An empty part lets every client through.
 */
public record PortfolioFilter(String name, @Nullable Phase phase, boolean withOpenAlerts, @Nullable Currency currency,
        @Nullable Activity activity) {

    public static final PortfolioFilter NONE = new PortfolioFilter("", null, false, null, null);

    /** How recently something happened at a client, counted back from now in whole periods of 24 hours. */
    public enum Activity {
        IN_LAST_7_DAYS(7, true, "portfolio.filters.activity.recent"),
        NONE_IN_7_DAYS(7, false, "portfolio.filters.activity.quiet-7"),
        NONE_IN_30_DAYS(30, false, "portfolio.filters.activity.quiet-30");

        private final Duration window;
        private final boolean inside;
        private final String textKey;

        Activity(int days, boolean inside, String textKey) {
            this.window = Duration.ofDays(days);
            this.inside = inside;
            this.textKey = textKey;
        }

        public String textKey() {
            return textKey;
        }

        /** A client with no activity at all is quiet, never recent. */
        boolean matches(@Nullable Instant lastActivity, Instant now) {
            boolean recent = lastActivity != null && lastActivity.isAfter(now.minus(window));
            return recent == inside;
        }
    }

    public PortfolioFilter withName(String text) {
        return new PortfolioFilter(text, phase, withOpenAlerts, currency, activity);
    }

    public PortfolioFilter withPhase(@Nullable Phase onlyPhase) {
        return new PortfolioFilter(name, onlyPhase, withOpenAlerts, currency, activity);
    }

    public PortfolioFilter withOpenAlerts(boolean only) {
        return new PortfolioFilter(name, phase, only, currency, activity);
    }

    public PortfolioFilter withCurrency(@Nullable Currency onlyCurrency) {
        return new PortfolioFilter(name, phase, withOpenAlerts, onlyCurrency, activity);
    }

    public PortfolioFilter withActivity(@Nullable Activity lately) {
        return new PortfolioFilter(name, phase, withOpenAlerts, currency, lately);
    }

    public boolean matches(PortfolioRow row, Instant now) {
        return PageRequest.first(0).filtered(name).matches(row.tenant().name())
                && (phase == null || row.phase() == phase)
                && (!withOpenAlerts || row.openAlerts() > 0)
                && (currency == null || row.currency().equals(currency))
                && (activity == null || activity.matches(row.lastActivity() == null ? null : row.lastActivity().occurredAt(), now));
    }
}
