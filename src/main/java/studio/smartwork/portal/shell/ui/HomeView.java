package studio.smartwork.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.people.PeopleService;
import studio.smartwork.portal.people.TenantAccess;
import studio.smartwork.portal.shell.MainLayout;
import studio.smartwork.portal.shell.ShellNavigation;

/**
 * Where everyone lands after signing in: administrators on the tenant list, consultants on
 * their portfolio, client people in their tenant (or a choice when they belong to several).
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("SmartWork Portal")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver {

    private final PeopleService people;

    HomeView(PeopleService people) {
        this.people = people;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = CurrentActor.require();
        if (actor.isAdmin()) {
            event.forwardTo(ShellNavigation.ADMIN_TENANTS);
            return;
        }
        if (actor.isConsultant()) {
            event.forwardTo(ShellNavigation.PORTFOLIO);
            return;
        }
        List<TenantAccess> tenants = people.tenantsOf(actor);
        if (tenants.size() == 1) {
            event.forwardTo(ShellNavigation.tenantPath(tenants.getFirst().tenant().slug()));
            return;
        }
        removeAll();
        add(new H1("Welcome, " + actor.displayName()));
        if (tenants.isEmpty()) {
            add(new Paragraph("You are not a member of any client workspace yet. "
                    + "Ask your consultant or your company's executive to invite you."));
        } else {
            add(new Paragraph("Choose a workspace:"));
            tenants.forEach(access -> add(new Anchor(ShellNavigation.tenantPath(access.tenant().slug()),
                    access.tenant().name() + " (" + access.role().label() + ")")));
        }
    }
}
