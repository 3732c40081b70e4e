package studio.smartwork.portal.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.activity.ActivityEntry;
import studio.smartwork.portal.portfolio.PortfolioFilter.Activity;
import studio.smartwork.portal.portfolio.PortfolioRow.Phase;
import studio.smartwork.portal.portfolio.PortfolioRow.StepState;
import studio.smartwork.portal.tenant.TenantSummary;

/** The phase rule, the portfolio's filters and its totals per currency, worked by hand. */
class PortfolioRulesTests {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void thePhaseIsTheFurthestStepTheClientsDataShows() {
        assertThat(Phase.of(0, 0, 0, 0)).isEqualTo(Phase.SETUP);
        assertThat(Phase.of(1, 0, 0, 0)).isEqualTo(Phase.AUDIT);
        assertThat(Phase.of(2, 1, 0, 0)).as("a candidate").isEqualTo(Phase.DESIGN);
        assertThat(Phase.of(0, 0, 1, 0)).as("a record written without an audit").isEqualTo(Phase.DESIGN);
        assertThat(Phase.of(1, 3, 4, 1)).isEqualTo(Phase.OUTCOMES);
        assertThat(Phase.of(0, 0, 1, 1)).isEqualTo(Phase.OUTCOMES);
    }

    @Test
    void theStepperShowsStepsBehindAsDoneTheCurrentOneAndTheOnesAheadAsNext() {
        assertThat(Phase.STEPS).containsExactly(Phase.AUDIT, Phase.DESIGN, Phase.OUTCOMES);
        assertThat(Phase.STEPS.stream().map(Phase.SETUP::stateOf)).containsExactly(StepState.NEXT, StepState.NEXT, StepState.NEXT);
        assertThat(Phase.STEPS.stream().map(Phase.AUDIT::stateOf)).containsExactly(StepState.CURRENT, StepState.NEXT, StepState.NEXT);
        assertThat(Phase.STEPS.stream().map(Phase.DESIGN::stateOf)).containsExactly(StepState.DONE, StepState.CURRENT, StepState.NEXT);
        assertThat(Phase.STEPS.stream().map(Phase.OUTCOMES::stateOf)).containsExactly(StepState.DONE, StepState.DONE, StepState.CURRENT);
    }

    @Test
    void theTotalsAddOnlyAmountsOfTheSameCurrency() {
        List<PortfolioRow> rows = List.of(
                row("Zeta", "EUR", "1200.50", Phase.OUTCOMES, 0, null),
                row("Alpha", "EUR", "300.25", Phase.OUTCOMES, 2, null),
                row("Dollar Dental", "USD", "999.99", Phase.OUTCOMES, 0, null),
                row("Nothing live", "GBP", null, Phase.DESIGN, 0, null));

        // EUR: 1,200.50 + 300.25 = 1,500.75 from two clients, written as Alpha (first by name) writes money; USD: 999.99 alone;
        // no GBP line, as nothing is live in pounds.
        List<CurrencyTotal> totals = CurrencyTotal.of(rows);
        assertThat(totals).extracting(t -> t.currency().getCurrencyCode()).containsExactly("EUR", "USD");
        assertThat(totals.get(0).saved()).isEqualByComparingTo("1500.75");
        assertThat(totals.get(0).clients()).isEqualTo(2);
        assertThat(totals.get(0).writtenAs().name()).isEqualTo("Alpha");
        assertThat(totals.get(0).writtenAs().format().money(totals.get(0).saved()).replace('\u00a0', ' ')).isEqualTo("1.500,75 €");
        assertThat(totals.get(1).saved()).isEqualByComparingTo("999.99");
        assertThat(totals.get(1).clients()).isEqualTo(1);
        assertThat(CurrencyTotal.of(List.of(rows.get(3)))).isEmpty();
    }

    @Test
    void theFiltersNarrowByNamePhaseAlertsCurrencyAndActivity() {
        PortfolioRow acme = row("Acme Logistics", "EUR", "100", Phase.OUTCOMES, 2, NOW.minus(Duration.ofDays(2)));
        PortfolioRow bright = row("Brightsmile Dental", "USD", null, Phase.DESIGN, 0, NOW.minus(Duration.ofDays(10)));
        PortfolioRow quiet = row("Quiet Co", "EUR", null, Phase.SETUP, 0, null);
        List<PortfolioRow> rows = List.of(acme, bright, quiet);

        assertThat(shown(rows, PortfolioFilter.NONE)).containsExactly(acme, bright, quiet);
        assertThat(shown(rows, PortfolioFilter.NONE.withName("DENTAL"))).containsExactly(bright);
        assertThat(shown(rows, PortfolioFilter.NONE.withPhase(Phase.DESIGN))).containsExactly(bright);
        assertThat(shown(rows, PortfolioFilter.NONE.withOpenAlerts(true))).containsExactly(acme);
        assertThat(shown(rows, PortfolioFilter.NONE.withCurrency(Currency.getInstance("EUR")))).containsExactly(acme, quiet);
        assertThat(shown(rows, PortfolioFilter.NONE.withActivity(Activity.IN_LAST_7_DAYS))).containsExactly(acme);
        // A client with no activity at all is quiet.
        assertThat(shown(rows, PortfolioFilter.NONE.withActivity(Activity.NONE_IN_7_DAYS))).containsExactly(bright, quiet);
        assertThat(shown(rows, PortfolioFilter.NONE.withActivity(Activity.NONE_IN_30_DAYS))).containsExactly(quiet);
        assertThat(shown(rows, PortfolioFilter.NONE.withCurrency(Currency.getInstance("EUR")).withPhase(Phase.OUTCOMES))).containsExactly(acme);
    }

    @Test
    void activityExactlySevenDaysAgoIsNoLongerRecent() {
        PortfolioRow sevenDays = row("Seven", "EUR", null, Phase.AUDIT, 0, NOW.minus(Duration.ofDays(7)));
        PortfolioRow justUnder = row("Under", "EUR", null, Phase.AUDIT, 0, NOW.minus(Duration.ofDays(7)).plusSeconds(1));
        assertThat(shown(List.of(sevenDays, justUnder), PortfolioFilter.NONE.withActivity(Activity.IN_LAST_7_DAYS))).containsExactly(justUnder);
        assertThat(shown(List.of(sevenDays, justUnder), PortfolioFilter.NONE.withActivity(Activity.NONE_IN_7_DAYS))).containsExactly(sevenDays);
    }

    private static List<PortfolioRow> shown(List<PortfolioRow> rows, PortfolioFilter filter) {
        return rows.stream().filter(row -> filter.matches(row, NOW)).toList();
    }

    private static PortfolioRow row(String name, String currency, @Nullable String saved, Phase phase, int alerts, @Nullable Instant lastActivity) {
        TenantSummary tenant = NextActionsTests.client(name, name.toLowerCase().replace(' ', '-'), ZoneId.of("Europe/Madrid"), currency);
        return new PortfolioRow(tenant, phase, null, 0, Map.of(), saved == null ? 0 : 1, saved == null ? null : new BigDecimal(saved), alerts,
                lastActivity == null ? null : new ActivityEntry(lastActivity, "Something happened", null));
    }
}
