package studio.smartwork.portal.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import studio.smartwork.portal.activity.ActivityEntry;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.people.PeopleService;
import studio.smartwork.portal.people.TenantAccess;
import studio.smartwork.portal.security.Roles;
import studio.smartwork.portal.shell.MainLayout;
import studio.smartwork.portal.shell.ShellNavigation;

/** A consultant's engagements: every tenant they are assigned to, one click away. */
@Route(value = ShellNavigation.PORTFOLIO, layout = MainLayout.class)
@PageTitle("Portfolio · SmartWork Portal")
@RolesAllowed(Roles.CONSULTANT)
public class PortfolioView extends VerticalLayout {

    record Row(TenantAccess access, String lastActivity) {
    }

    PortfolioView(PeopleService people, ActivityLog activity) {
        addClassName("portfolio-view");
        add(new H2("Portfolio"));
        List<TenantAccess> tenants = people.tenantsOf(CurrentActor.require());
        if (tenants.isEmpty()) {
            add(new Paragraph("You are not assigned to any client yet. An administrator assigns consultants to tenants."));
            return;
        }
        List<Row> rows = tenants.stream().map(access -> {
            List<ActivityEntry> last = activity.recent(access.tenant().id(), 1);
            return new Row(access, last.isEmpty() ? "—"
                    : access.tenant().format().dateTime(last.getFirst().occurredAt()) + " · " + last.getFirst().summary());
        }).toList();
        Grid<Row> grid = new Grid<>();
        grid.addColumn(row -> row.access().tenant().name()).setHeader("Client").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::lastActivity).setHeader("Last activity");
        grid.addComponentColumn(row -> new Button("Open",
                click -> ShellNavigation.toTenant(row.access().tenant().slug()))).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
