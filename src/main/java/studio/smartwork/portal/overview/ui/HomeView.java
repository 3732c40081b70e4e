package studio.smartwork.portal.overview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.people.InvitationToMe;
import studio.smartwork.portal.people.Invitations;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shell.MainLayout;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.tenant.TenantAccess;
import studio.smartwork.portal.tenant.TenantEntrance;

/**
 * Where everyone lands after signing in: administrators on the tenant list, consultants on
 * their portfolio, client people in their tenant (or a choice when they belong to several).
 * Invitations waiting for the person come first: they accept or decline them here.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("SmartWork Portal")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver {

    private final TenantEntrance entrance;
    private final Invitations invitations;

    HomeView(TenantEntrance entrance, Invitations invitations) {
        this.entrance = entrance;
        this.invitations = invitations;
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
        List<InvitationToMe> waiting = invitations.mine(actor);
        List<TenantAccess> tenants = entrance.tenantsOf(actor);
        if (waiting.isEmpty() && tenants.size() == 1) {
            event.forwardTo(ShellNavigation.tenantPath(tenants.getFirst().tenant().slug()));
            return;
        }
        build(actor, waiting, tenants);
    }

    private void build(Actor actor, List<InvitationToMe> waiting, List<TenantAccess> tenants) {
        removeAll();
        add(new H1(getTranslation("overview.home.welcome", actor.displayName())));
        waiting.forEach(invitation -> add(invitationCard(actor, invitation)));
        if (tenants.isEmpty() && waiting.isEmpty()) {
            add(new Paragraph(getTranslation("overview.home.no-workspace")));
        } else if (!tenants.isEmpty()) {
            add(new Paragraph(getTranslation("overview.home.choose-workspace")));
            tenants.forEach(access -> add(new Anchor(ShellNavigation.tenantPath(access.tenant().slug()),
                    access.tenant().name() + " (" + getTranslation(access.role().textKey()) + ")")));
        }
    }

    private Div invitationCard(Actor actor, InvitationToMe invitation) {
        Button accept = new Button(getTranslation("overview.invitation.accept"), click -> {
            TenantAccess joined = invitations.accept(actor, invitation.id());
            Notifications.success(getTranslation("overview.invitation.joined", joined.tenant().name()));
            getUI().ifPresent(ui -> ui.getPage().setLocation(ShellNavigation.tenantPath(joined.tenant().slug())));
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button(getTranslation("overview.invitation.decline"), click -> {
            invitations.decline(actor, invitation.id());
            Notifications.success(getTranslation("overview.invitation.declined", invitation.tenant().name()));
            build(actor, invitations.mine(actor), entrance.tenantsOf(actor));
        });
        Div card = new Div(new H3(getTranslation("overview.invitation.title", invitation.tenant().name())),
                new Paragraph(getTranslation("overview.invitation.text", invitation.invitedBy(), invitation.tenant().name(),
                        getTranslation(invitation.role().textKey()))),
                new HorizontalLayout(accept, decline));
        card.addClassName("overview-card");
        card.addClassName("invitation-card");
        return card;
    }
}
