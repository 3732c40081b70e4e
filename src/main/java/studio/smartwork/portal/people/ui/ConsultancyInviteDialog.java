package studio.smartwork.portal.people.ui;

import java.util.List;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.people.AccountSetup;
import studio.smartwork.portal.people.InvitationResult;
import studio.smartwork.portal.people.PeopleService;

/** Invites a person of the consultancy: a consultant, or another administrator. */
class ConsultancyInviteDialog extends InvitePersonDialog<PlatformRole> {

    private final PeopleService people;

    ConsultancyInviteDialog(PeopleService people, Runnable onInvited) {
        super("Invite a consultancy person", people, List.of(PlatformRole.CONSULTANT, PlatformRole.ADMIN),
                PlatformRole.CONSULTANT, ConsultancyPeopleView::label, onInvited);
        this.people = people;
    }

    @Override
    protected InvitationResult invite(AccountSetup setup) {
        return people.inviteConsultancyPerson(email.getValue(), name.getValue(), role.getValue(), setup);
    }

    @Override
    protected String alreadyHasAnAccount(String invited) {
        return invited + " already has an account.";
    }
}
