package studio.smartwork.portal.portfolio;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * The money a list of clients saved in the last 3 months, in one currency: amounts of
 * different currencies are never added (see docs/product.md, "Portfolio").
 *
 * @param writtenAs the first client (by name) counting in the currency, whose locale writes the total
 * @param clients how many clients with something live count in the currency
 */
public record CurrencyTotal(Currency currency, BigDecimal saved, int clients, TenantSummary writtenAs) {

    /** One total per currency of the clients that have something live, by currency code. */
    public static List<CurrencyTotal> of(List<PortfolioRow> rows) {
        Map<Currency, CurrencyTotal> totals = new LinkedHashMap<>();
        rows.stream()
                .filter(row -> row.moneySavedLast3Months() != null)
                .sorted(Comparator.comparing((PortfolioRow row) -> row.tenant().name()))
                .forEach(row -> totals.merge(row.currency(), new CurrencyTotal(row.currency(), row.moneySavedLast3Months(), 1, row.tenant()),
                        (sum, one) -> new CurrencyTotal(sum.currency(), sum.saved().add(one.saved()), sum.clients() + 1, sum.writtenAs())));
        return totals.values().stream().sorted(Comparator.comparing(total -> total.currency().getCurrencyCode())).toList();
    }
}
