package studio.smartwork.portal.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.Invitations;
import studio.smartwork.portal.people.Member;
import studio.smartwork.portal.people.PendingInvitation;
import studio.smartwork.portal.people.Team;
import studio.smartwork.portal.people.TenantMembers;
import studio.smartwork.portal.people.TenantTeams;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.GridPages;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * A tenant's people and teams. Administrators and executives invite and manage people
 * (executives: staff only); consultants see who is who. Staff do not get this page.
 */
@Route(value = "people", layout = TenantLayout.class)
@PermitAll
public class TenantPeopleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantMembers tenantMembers;
    private final TenantTeams tenantTeams;
    private final Invitations invitations;
    private final Grid<Member> members = new Grid<>();
    private final Grid<PendingInvitation> pending = new Grid<>();
    private final H3 pendingHeader = new H3();
    private final Grid<Team> teams = new Grid<>();
    private TenantAccess access;

    TenantPeopleView(TenantMembers tenantMembers, TenantTeams tenantTeams, Invitations invitations) {
        this.tenantMembers = tenantMembers;
        this.tenantTeams = tenantTeams;
        this.invitations = invitations;
        members.setId("members");
        pending.setId("invitations");
        teams.setId("teams");
        setPadding(false);
        addClassName("tenant-people-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        access = TenantLayout.current();
        if (!access.role().managesPeople()) {
            throw new TenantNotFoundException();
        }
        build();
    }

    private boolean mayInvite() {
        return access.role() == TenantRole.ADMIN || access.role() == TenantRole.EXECUTIVE;
    }

    private boolean mayChange(TenantRole role) {
        return Invitations.rolesOfferedBy(access.role()).contains(role);
    }

    private boolean mayRemove(Member member) {
        return access.role().isConsultancy() || mayChange(member.role());
    }

    private void build() {
        removeAll();
        members.removeAllColumns();
        teams.removeAllColumns();
        TenantFormat format = access.tenant().formatFor(getLocale());

        HorizontalLayout peopleHeader = new HorizontalLayout(new H3(getTranslation("people.tenant.people")));
        peopleHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (mayInvite()) {
            Button invite = new Button(getTranslation("people.tenant.invite"), VaadinIcon.PLUS.create(), click ->
                    new InviteDialog(invitations, tenantTeams, access, this::refresh).open());
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            peopleHeader.add(invite);
        }
        // Each column's key is what the server sorts it by (TenantMembers' member sorts).
        members.addColumn(Member::displayName).setHeader(getTranslation("people.column.name")).setFlexGrow(2)
                .setKey("name").setSortProperty("name");
        members.addColumn(Member::email).setHeader(getTranslation("people.column.email")).setFlexGrow(2)
                .setKey("email").setSortProperty("email");
        members.addColumn(m -> getTranslation(m.role().textKey())).setHeader(getTranslation("people.column.role")).setAutoWidth(true)
                .setFlexGrow(0).setKey("role").setSortProperty("role");
        members.addColumn(m -> m.teamName() == null ? "—" : m.teamName()).setHeader(getTranslation("people.column.team")).setFlexGrow(1)
                .setKey("team").setSortProperty("team");
        members.addComponentColumn(m -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (mayChange(m.role())) {
                Button edit = new Button(getTranslation("people.change"), click -> new MemberDialog(tenantMembers, tenantTeams, access, m, this::refresh).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                actions.add(edit);
            }
            if (mayRemove(m)) {
                Button remove = new Button(getTranslation("people.tenant.remove"), click -> confirmRemove(m));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                actions.add(remove);
            }
            return actions;
        }).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        GridPages.scrolling(members);
        members.setEmptyStateText(getTranslation("people.tenant.people.none"));
        TextField filter = GridPages.filterField("people-filter", getTranslation("people.tenant.people.filter"),
                () -> members.getDataProvider().refreshAll());
        members.setItems(query -> tenantMembers.members(access.tenant().id(), GridPages.request(query, filter.getValue())).stream(),
                query -> tenantMembers.memberCount(access.tenant().id(), filter.getValue()));

        pending.addColumn(PendingInvitation::displayName).setHeader(getTranslation("people.column.name")).setFlexGrow(2);
        pending.addColumn(PendingInvitation::email).setHeader(getTranslation("people.column.email")).setFlexGrow(2);
        pending.addColumn(i -> getTranslation(i.role().textKey())).setHeader(getTranslation("people.column.role")).setAutoWidth(true)
                .setFlexGrow(0);
        pending.addColumn(i -> i.teamName() == null ? "—" : i.teamName()).setHeader(getTranslation("people.column.team")).setFlexGrow(1);
        pending.addColumn(i -> i.invitedBy() + ", " + format.dateTime(i.invitedAt())).setHeader(getTranslation("people.tenant.invited-by"))
                .setFlexGrow(2);
        pending.addComponentColumn(i -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (mayChange(i.role())) {
                Button again = new Button(getTranslation("people.tenant.send-again"), click -> {
                    invitations.sendAgain(access.tenant().id(), i.id());
                    Notifications.success(getTranslation("people.tenant.sent-again", i.email()));
                });
                again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                Button withdraw = new Button(getTranslation("people.tenant.withdraw"), click -> {
                    invitations.withdraw(access.tenant().id(), i.id());
                    Notifications.success(getTranslation("people.tenant.withdrawn", i.email()));
                    refresh();
                });
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                actions.add(again, withdraw);
            }
            return actions;
        }).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);

        pendingHeader.setText(getTranslation("people.tenant.invitations"));

        HorizontalLayout teamHeader = new HorizontalLayout(new H3(getTranslation("people.tenant.teams")));
        teamHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        Button addTeam = new Button(getTranslation("people.tenant.new-team"), VaadinIcon.PLUS.create(), click -> new TeamDialog(tenantTeams, access, null, this::refresh).open());
        teamHeader.add(addTeam);
        teams.addColumn(Team::name).setHeader(getTranslation("people.column.team")).setFlexGrow(2);
        teams.addColumn(t -> t.hourlyCost() == null
                ? getTranslation("people.tenant.default-cost", format.money(access.tenant().settings().defaultHourlyCost()))
                : format.money(t.hourlyCost())).setHeader(getTranslation("people.tenant.hourly-cost")).setFlexGrow(1);
        teams.addColumn(Team::memberCount).setHeader(getTranslation("people.tenant.members")).setAutoWidth(true).setFlexGrow(0);
        teams.addComponentColumn(t -> {
            Button edit = new Button(getTranslation("people.change"), click -> new TeamDialog(tenantTeams, access, t, this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button delete = new Button(getTranslation("people.delete"), click -> {
                tenantTeams.deleteTeam(access.tenant().id(), t.id());
                Notifications.success(getTranslation("people.tenant.team-deleted", t.name()));
                refresh();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(edit, delete);
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);

        add(peopleHeader, filter, members, pendingHeader, pending, teamHeader,
                new Paragraph(getTranslation("people.tenant.teams-explanation")),
                teams);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("people.tenant.page-title");
    }

    private void refresh() {
        members.getDataProvider().refreshAll();
        List<PendingInvitation> waiting = invitations.pending(access.tenant().id());
        pending.setItems(waiting);
        GridPages.fitting(pending, waiting.size());
        pending.setVisible(!waiting.isEmpty());
        pendingHeader.setVisible(!waiting.isEmpty());
        List<Team> all = tenantTeams.teams(access.tenant().id());
        teams.setItems(all);
        GridPages.fitting(teams, all.size());
    }

    private void confirmRemove(Member member) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("people.tenant.remove.title", member.displayName()),
                getTranslation("people.tenant.remove.text", access.tenant().name()), getTranslation("people.tenant.remove"), event -> {
                    tenantMembers.removeMember(access.tenant().id(), member.personId());
                    Notifications.success(getTranslation("people.tenant.removed", member.displayName()));
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("people.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
