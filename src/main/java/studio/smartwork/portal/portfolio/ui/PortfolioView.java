package studio.smartwork.portal.portfolio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import studio.smartwork.portal.activity.ActivityEntry;
import studio.smartwork.portal.design.DesignStatus;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.portfolio.PortfolioRow;
import studio.smartwork.portal.portfolio.PortfolioService;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.GridPages;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shell.MainLayout;
import studio.smartwork.portal.shell.ShellNavigation;

/** A consultant's engagements: every assigned client, where it stands, one click away. */
@Route(value = ShellNavigation.PORTFOLIO, layout = MainLayout.class)
@RolesAllowed(Roles.CONSULTANT)
public class PortfolioView extends VerticalLayout implements HasDynamicTitle {

    PortfolioView(PortfolioService portfolio) {
        addClassName("portfolio-view");
        add(new H2(getTranslation("portfolio.title")));
        List<PortfolioRow> rows = portfolio.rows(CurrentActor.require());
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("portfolio.empty")));
            return;
        }
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
        // Sums of different currencies do not compare; the figure sorts by its amount as the client's own.
        grid.addColumn(row -> row.moneySavedLast3Months() == null ? "—" : format(row).money(row.moneySavedLast3Months()))
                .setHeader(getTranslation("portfolio.column.saved")).setAutoWidth(true).setFlexGrow(0)
                .setKey("saved").setComparator(GridPages.byFigure(PortfolioRow::moneySavedLast3Months));
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
        TextField filter = GridPages.filterField("portfolio-filter", getTranslation("portfolio.filter"), () -> { });
        GridPages.inMemory(grid, rows, filter, row -> row.tenant().name());
        add(filter, grid);
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
