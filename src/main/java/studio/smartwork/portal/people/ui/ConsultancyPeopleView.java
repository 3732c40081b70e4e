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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.people.ConsultancyPeople;
import studio.smartwork.portal.people.ConsultancyPerson;
import studio.smartwork.portal.shared.ui.GridPages;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shell.MainLayout;
import studio.smartwork.portal.shell.ShellNavigation;

/** The consultancy's own people: its consultants and administrators, and inviting new ones. */
@Route(value = ShellNavigation.ADMIN_PEOPLE, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class ConsultancyPeopleView extends VerticalLayout implements HasDynamicTitle {

    private final ConsultancyPeople consultancyPeople;
    private final TextField filter;
    private final Grid<ConsultancyPerson> grid = new Grid<>();

    ConsultancyPeopleView(ConsultancyPeople consultancyPeople) {
        this.consultancyPeople = consultancyPeople;
        addClassName("consultancy-people-view");
        Button invite = new Button(getTranslation("people.consultancy.invite"), VaadinIcon.PLUS.create(),
                click -> new ConsultancyInviteDialog(consultancyPeople, this::refresh).open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("people.consultancy.title")), invite);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.setId("consultancy-people");
        // Each column's key is what the server sorts it by (ConsultancyPeople's sorts).
        grid.addColumn(ConsultancyPerson::displayName).setHeader(getTranslation("people.column.name")).setFlexGrow(2)
                .setKey("name").setSortProperty("name");
        grid.addColumn(ConsultancyPerson::email).setHeader(getTranslation("people.column.email")).setFlexGrow(2)
                .setKey("email").setSortProperty("email");
        grid.addColumn(p -> getTranslation(textKey(p.role()))).setHeader(getTranslation("people.column.role")).setAutoWidth(true)
                .setFlexGrow(0).setKey("role").setSortProperty("role");
        grid.addColumn(p -> getTranslation(p.accountReady() ? "people.account.active" : "people.account.invited"))
                .setHeader(getTranslation("people.column.account")).setAutoWidth(true).setFlexGrow(0);
        GridPages.scrolling(grid);
        grid.setEmptyStateText(getTranslation("people.consultancy.none"));
        filter = GridPages.filterField("consultancy-people-filter", getTranslation("people.consultancy.filter"), this::refresh);
        grid.setItems(query -> consultancyPeople.consultancyPeople(GridPages.request(query, filter.getValue())).stream(),
                query -> consultancyPeople.consultancyPeopleCount(filter.getValue()));
        add(header, new Paragraph(getTranslation("people.consultancy.intro")), filter, grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("people.consultancy.page-title");
    }

    /** The key of a consultancy role's name among the texts. */
    static String textKey(PlatformRole role) {
        return role == PlatformRole.ADMIN ? "people.platform-role.admin" : "people.platform-role.consultant";
    }
}
