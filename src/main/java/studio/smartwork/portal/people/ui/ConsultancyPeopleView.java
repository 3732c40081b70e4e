package studio.smartwork.portal.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.people.ConsultancyPeople;
import studio.smartwork.portal.people.ConsultancyPerson;
import studio.smartwork.portal.shell.MainLayout;
import studio.smartwork.portal.shell.ShellNavigation;

/** The consultancy's own people: its consultants and administrators, and inviting new ones. */
@Route(value = ShellNavigation.ADMIN_PEOPLE, layout = MainLayout.class)
@PageTitle("Consultancy people · SmartWork Portal")
@RolesAllowed(Roles.ADMIN)
public class ConsultancyPeopleView extends VerticalLayout {

    private final ConsultancyPeople consultancyPeople;
    private final Grid<ConsultancyPerson> grid = new Grid<>();

    ConsultancyPeopleView(ConsultancyPeople consultancyPeople) {
        this.consultancyPeople = consultancyPeople;
        addClassName("consultancy-people-view");
        Button invite = new Button("Invite consultancy person", VaadinIcon.PLUS.create(),
                click -> new ConsultancyInviteDialog(consultancyPeople, this::refresh).open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2("Consultancy people"), invite);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.addColumn(ConsultancyPerson::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(ConsultancyPerson::email).setHeader("E-mail").setFlexGrow(2);
        grid.addColumn(p -> label(p.role())).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.accountReady() ? "Active" : "Invited").setHeader("Account").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(header, new Paragraph("Consultants work in the clients an administrator assigns them to (Tenants → a tenant → Consultants)."), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(consultancyPeople.consultancyPeople());
    }

    static String label(PlatformRole role) {
        return role == PlatformRole.ADMIN ? "Administrator" : "Consultant";
    }
}
