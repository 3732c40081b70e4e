package studio.smartwork.portal.portfolio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import studio.smartwork.portal.activity.ActivityEntry;
import studio.smartwork.portal.design.DesignStatus;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.portfolio.CurrencyTotal;
import studio.smartwork.portal.portfolio.Portfolio;
import studio.smartwork.portal.portfolio.PortfolioFilter.Activity;
import studio.smartwork.portal.portfolio.PortfolioFilter;
import studio.smartwork.portal.portfolio.PortfolioRow.Phase;
import studio.smartwork.portal.portfolio.PortfolioRow;
import studio.smartwork.portal.portfolio.PortfolioService;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.GridPages;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shell.MainLayout;
import studio.smartwork.portal.shell.ShellNavigation;

/**
 * A consultant's engagements: what needs them today, then every assigned client, where it
 * stands, one click away, narrowed by phase, alerts, currency and activity, with the money
 * saved totalled per currency under the list.
 */
@Route(value = ShellNavigation.PORTFOLIO, layout = MainLayout.class)
@RolesAllowed(Roles.CONSULTANT)
public class PortfolioView extends VerticalLayout implements HasDynamicTitle {

    private final Clock clock;
    private PortfolioFilter filter = PortfolioFilter.NONE;

    PortfolioView(PortfolioService portfolio, Clock clock) {
        this.clock = clock;
        addClassName("portfolio-view");
        add(new H2(getTranslation("portfolio.title")));
        Portfolio mine = portfolio.portfolio(CurrentActor.require());
        List<PortfolioRow> rows = mine.rows();
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("portfolio.empty")));
            return;
        }
        add(new NextActionList(mine.nextActions()));
        Grid<PortfolioRow> grid = new Grid<>();
        // Figures sort by the number behind them (GridPages.byFigure), not by the text shown.
        grid.addColumn(row -> row.tenant().name()).setHeader(getTranslation("portfolio.column.client")).setAutoWidth(true).setFlexGrow(0)
                .setKey("client").setComparator(GridPages.byText(row -> row.tenant().name()));
        grid.addColumn(row -> getTranslation(row.phase().textKey())).setHeader(getTranslation("portfolio.column.phase"))
                .setAutoWidth(true).setFlexGrow(0).setKey("phase").setComparator(GridPages.byFigure(PortfolioRow::phase));
        grid.addColumn(row -> row.auditCompletion() == null ? "—" : format(row).percent(row.auditCompletion(), 0))
                .setHeader(getTranslation("portfolio.column.audit-completion")).setAutoWidth(true).setFlexGrow(0)
                .setKey("audit-completion").setComparator(GridPages.byFigure(PortfolioRow::auditCompletion));
        grid.addColumn(PortfolioRow::candidates).setHeader(getTranslation("portfolio.column.candidates")).setAutoWidth(true).setFlexGrow(0)
                .setKey("candidates").setComparator(GridPages.byFigure(PortfolioRow::candidates));
        grid.addColumn(PortfolioView::records).setHeader(getTranslation("portfolio.column.records")).setFlexGrow(1)
                .setTooltipGenerator(PortfolioView::records);
        grid.addColumn(PortfolioRow::liveSolutions).setHeader(getTranslation("portfolio.column.live")).setAutoWidth(true).setFlexGrow(0)
                .setKey("live").setComparator(GridPages.byFigure(PortfolioRow::liveSolutions));
        grid.addColumn(row -> row.currency().getCurrencyCode()).setHeader(getTranslation("portfolio.column.currency"))
                .setAutoWidth(true).setFlexGrow(0).setKey("currency").setComparator(GridPages.byText(row -> row.currency().getCurrencyCode()));
        // Amounts of different currencies do not compare: the figure sorts by currency first, then by amount within it.
        grid.addColumn(row -> row.moneySavedLast3Months() == null ? "—" : format(row).money(row.moneySavedLast3Months()))
                .setHeader(getTranslation("portfolio.column.saved")).setAutoWidth(true).setFlexGrow(0)
                .setKey("saved").setComparator(GridPages.<PortfolioRow>byText(row -> row.currency().getCurrencyCode())
                        .thenComparing(GridPages.byFigure(PortfolioRow::moneySavedLast3Months)));
        grid.addComponentColumn(this::alerts).setKey("alerts").setHeader(getTranslation("portfolio.column.alerts")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(GridPages.byFigure(PortfolioRow::openAlerts));
        grid.addColumn(row -> row.lastActivity() == null ? "—" : format(row).dateTime(row.lastActivity().occurredAt()))
                .setHeader(getTranslation("portfolio.column.last-activity")).setAutoWidth(true).setFlexGrow(0)
                .setKey("last-activity").setComparator(GridPages.byFigure(row -> row.lastActivity() == null ? null : row.lastActivity().occurredAt()))
                .setTooltipGenerator(row -> row.lastActivity() == null ? "" : lastActivity(row.lastActivity()));
        grid.addComponentColumn(row -> new Button(getTranslation("portfolio.open"), click -> ShellNavigation.toTenant(row.tenant().slug())))
                .setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridPages.scrolling(grid);
        grid.setEmptyStateText(getTranslation("portfolio.none-match"));
        // The list is worked out once on opening; the grid pages, sorts and narrows it on the server.
        GridListDataView<PortfolioRow> shown = grid.setItems(rows);
        Div totals = new Div();
        totals.setId("portfolio-totals");
        totals.addClassName("portfolio-totals");
        Runnable narrow = () -> {
            Instant now = clock.instant();
            shown.setFilter(row -> filter.matches(row, now));
            showTotals(totals, shown.getItems().toList());
        };

        TextField name = GridPages.filterField("portfolio-filter", getTranslation("portfolio.filter"), () -> { });
        name.addValueChangeListener(change -> { filter = filter.withName(change.getValue()); narrow.run(); });
        Select<Phase> phase = choice("portfolio-phase-filter", "portfolio.filters.phase", List.of(Phase.values()),
                p -> getTranslation(p.textKey()));
        phase.addValueChangeListener(change -> { filter = filter.withPhase(change.getValue()); narrow.run(); });
        List<Currency> currencies = rows.stream().map(PortfolioRow::currency).distinct()
                .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList();
        Select<Currency> currency = choice("portfolio-currency-filter", "portfolio.filters.currency", currencies,
                Currency::getCurrencyCode);
        currency.addValueChangeListener(change -> { filter = filter.withCurrency(change.getValue()); narrow.run(); });
        Select<Activity> activity = choice("portfolio-activity-filter", "portfolio.filters.activity", List.of(Activity.values()),
                a -> getTranslation(a.textKey()));
        activity.addValueChangeListener(change -> { filter = filter.withActivity(change.getValue()); narrow.run(); });
        Checkbox alerts = new Checkbox(getTranslation("portfolio.filters.alerts"));
        alerts.setId("portfolio-alerts-filter");
        alerts.addValueChangeListener(change -> { filter = filter.withOpenAlerts(change.getValue()); narrow.run(); });
        HorizontalLayout filters = new HorizontalLayout(name, phase, currency, activity, alerts);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        narrow.run();
        add(filters, grid, totals);
    }

    /** A choice that narrows the list, empty for "all". */
    private <T> Select<T> choice(String id, String labelKey, List<T> values, Function<T, String> text) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("portfolio.filters.any"));
        select.setItemLabelGenerator(value -> value == null ? getTranslation("portfolio.filters.any") : text.apply(value));
        return select;
    }

    /** The money saved by the clients shown, one line per currency, each written as its first client writes money. */
    private void showTotals(Div totals, List<PortfolioRow> shown) {
        totals.removeAll();
        totals.add(new H3(getTranslation("portfolio.totals.title")));
        List<CurrencyTotal> byCurrency = CurrencyTotal.of(shown);
        if (byCurrency.isEmpty()) {
            totals.add(new Paragraph(getTranslation("portfolio.totals.none")));
            return;
        }
        byCurrency.forEach(total -> totals.add(new Paragraph(getTranslation(
                "portfolio.totals.line." + (total.clients() == 1 ? "one" : "other"), total.currency().getCurrencyCode(),
                total.writtenAs().formatFor(getLocale()).money(total.saved()), total.clients()))));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("portfolio.page-title");
    }

    private TenantFormat format(PortfolioRow row) {
        return row.tenant().formatFor(getLocale());
    }

    /** What happened last, in the reader's language; entries from before the feed spoke several languages are in English. */
    private static String lastActivity(ActivityEntry entry) {
        return entry.message() == null ? entry.summary() : Texts.t(entry.message());
    }

    private static String records(PortfolioRow row) {
        if (row.recordsByStatus().isEmpty()) {
            return "—";
        }
        return row.recordsByStatus().entrySet().stream()
                .map(e -> Texts.count(recordsKey(e.getKey()), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String recordsKey(DesignStatus status) {
        return switch (status) {
            case DRAFT -> "portfolio.records.draft";
            case IN_REVIEW -> "portfolio.records.in-review";
            case APPROVED -> "portfolio.records.approved";
            case CHANGES_REQUESTED -> "portfolio.records.changes-requested";
            case IN_BUILD -> "portfolio.records.in-build";
            case LIVE -> "portfolio.records.live";
            case RETIRED -> "portfolio.records.retired";
        };
    }

    /**
     * Open alerts lead to the client's dashboard, which lists each of them with a link to its
     * solution's alert history: one place to look whether there is one alert or several.
     */
    private Component alerts(PortfolioRow row) {
        Span badge = new Span(row.openAlerts() == 0 ? getTranslation("portfolio.alerts.none") : String.valueOf(row.openAlerts()));
        badge.getElement().getThemeList().add(row.openAlerts() == 0 ? "badge success" : "badge error");
        if (row.openAlerts() == 0) {
            return badge;
        }
        Anchor dashboard = new Anchor(outcomesPath(row.tenant().slug()), badge);
        dashboard.getElement().setAttribute("router-link", true);
        dashboard.getElement().setAttribute("aria-label", getTranslation("portfolio.alerts.open-label", row.tenant().name(), row.openAlerts()));
        dashboard.addClassName("portfolio-alerts-link");
        return dashboard;
    }

    /** The client's outcome dashboard; the outcome pages are not named here, as the shell names the design record's. */
    static String outcomesPath(String slug) {
        return ShellNavigation.outcomesPath(slug);
    }
}
