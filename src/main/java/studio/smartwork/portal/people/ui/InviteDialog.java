package studio.smartwork.portal.people.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.Invitation;
import studio.smartwork.portal.people.Invitations;
import studio.smartwork.portal.people.Team;
import studio.smartwork.portal.people.TenantTeams;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.tenant.TenantAccess;

/** Invites a client person into the tenant: administrators any role, executives staff. */
class InviteDialog extends InvitePersonDialog<TenantRole> {

    private final Invitations invitations;
    private final TenantAccess access;
    private final ComboBox<Team> team = new ComboBox<>(getTranslation("people.invite.team"));

    InviteDialog(Invitations invitations, TenantTeams tenantTeams, TenantAccess access, Runnable onInvited) {
        super(Texts.t("people.invite.title", access.tenant().name()), Invitations.rolesOfferedBy(access.role()), TenantRole.STAFF,
                role -> Texts.t(role.textKey()), onInvited);
        this.invitations = invitations;
        this.access = access;
        team.setItems(tenantTeams.teams(access.tenant().id()));
        team.setItemLabelGenerator(Team::name);
        team.setClearButtonVisible(true);
        form.addComponentAtIndex(3, team);
        fields.put("team", team);
    }

    @Override
    protected void invite() {
        invitations.invite(access.tenant().id(), new Invitation(email.getValue(), name.getValue(), role.getValue(),
                team.getValue() == null ? null : team.getValue().id()));
    }

    @Override
    protected String whatHappensNext(String invited) {
        return getTranslation("people.invite.sent", invited, access.tenant().name());
    }
}
