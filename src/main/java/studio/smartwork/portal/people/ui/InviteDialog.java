package studio.smartwork.portal.people.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.AccountSetup;
import studio.smartwork.portal.people.Invitation;
import studio.smartwork.portal.people.InvitationResult;
import studio.smartwork.portal.people.PeopleService;
import studio.smartwork.portal.people.Team;
import studio.smartwork.portal.people.TenantAccess;

/** Invites a client person into the tenant: administrators any role, executives staff. */
class InviteDialog extends InvitePersonDialog<TenantRole> {

    private final PeopleService people;
    private final TenantAccess access;
    private final ComboBox<Team> team = new ComboBox<>("Team");

    InviteDialog(PeopleService people, TenantAccess access, Runnable onInvited) {
        super("Invite a person to " + access.tenant().name(), people,
                access.role() == TenantRole.ADMIN ? List.of(TenantRole.EXECUTIVE, TenantRole.STAFF) : List.of(TenantRole.STAFF),
                TenantRole.STAFF, TenantRole::label, onInvited);
        this.people = people;
        this.access = access;
        team.setItems(people.teams(access.tenant().id()));
        team.setItemLabelGenerator(Team::name);
        team.setClearButtonVisible(true);
        form.addComponentAtIndex(3, team);
        fields.put("team", team);
    }

    @Override
    protected InvitationResult invite(AccountSetup setup) {
        return people.invite(access.tenant().id(), new Invitation(email.getValue(), name.getValue(), role.getValue(),
                team.getValue() == null ? null : team.getValue().id(), setup));
    }

    @Override
    protected String alreadyHasAnAccount(String invited) {
        return invited + " already has an account and can now sign in to this tenant with it.";
    }
}
