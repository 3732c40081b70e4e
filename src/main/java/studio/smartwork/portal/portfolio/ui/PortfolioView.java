package studio.smartwork.portal.portfolio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.portfolio.PortfolioRow;
import studio.smartwork.portal.portfolio.PortfolioService;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shell.MainLayout;
import studio.smartwork.portal.shell.ShellNavigation;

/** A consultant's engagements: every assigned client, where it stands, one click away. */
@Route(value = ShellNavigation.PORTFOLIO, layout = MainLayout.class)
@PageTitle("Portfolio · SmartWork Portal")
@RolesAllowed(Roles.CONSULTANT)
public class PortfolioView extends VerticalLayout {

    PortfolioView(PortfolioService portfolio) {
        addClassName("portfolio-view");
        add(new H2("Portfolio"));
        List<PortfolioRow> rows = portfolio.rows(CurrentActor.require());
        if (rows.isEmpty()) {
            add(new Paragraph("You are not assigned to any client yet. An administrator assigns consultants to tenants."));
            return;
        }
        Grid<PortfolioRow> grid = new Grid<>();
        grid.addColumn(row -> row.tenant().name()).setHeader("Client").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.phase().label()).setHeader("Phase").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.auditCompletion() == null ? "—" : format(row).percent(row.auditCompletion(), 0))
                .setHeader("Audit completion").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PortfolioRow::candidates).setHeader("Candidates").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PortfolioView::records).setHeader("Design records").setFlexGrow(1).setTooltipGenerator(PortfolioView::records);
        grid.addColumn(PortfolioRow::liveSolutions).setHeader("Live").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.moneySavedLast3Months() == null ? "—" : format(row).money(row.moneySavedLast3Months()))
                .setHeader("Saved, last 3 months").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(PortfolioView::alerts).setHeader("Alerts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.lastActivityAt() == null ? "—" : format(row).dateTime(row.lastActivityAt()))
                .setHeader("Last activity").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(PortfolioRow::lastActivity);
        grid.addComponentColumn(row -> new Button("Open", click -> ShellNavigation.toTenant(row.tenant().slug())))
                .setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private static TenantFormat format(PortfolioRow row) {
        return row.tenant().format();
    }

    private static String records(PortfolioRow row) {
        if (row.recordsByStatus().isEmpty()) {
            return "—";
        }
        return row.recordsByStatus().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase())
                .collect(Collectors.joining(", "));
    }

    private static Span alerts(PortfolioRow row) {
        Span badge = new Span(row.openAlerts() == 0 ? "none" : String.valueOf(row.openAlerts()));
        badge.getElement().getThemeList().add(row.openAlerts() == 0 ? "badge success" : "badge error");
        return badge;
    }

}
