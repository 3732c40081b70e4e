package studio.smartwork.portal.people.ui;

import java.util.List;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.people.ConsultancyPeople;

/** Invites a person of the consultancy: a consultant, or another administrator. */
class ConsultancyInviteDialog extends InvitePersonDialog<PlatformRole> {

    private final ConsultancyPeople consultancyPeople;

    ConsultancyInviteDialog(ConsultancyPeople consultancyPeople, Runnable onInvited) {
        super("Invite a consultancy person", List.of(PlatformRole.CONSULTANT, PlatformRole.ADMIN),
                PlatformRole.CONSULTANT, ConsultancyPeopleView::label, onInvited);
        this.consultancyPeople = consultancyPeople;
    }

    @Override
    protected void invite() {
        consultancyPeople.inviteConsultancyPerson(email.getValue(), name.getValue(), role.getValue());
    }

    @Override
    protected String whatHappensNext(String invited) {
        return "The invitation is on its way to " + invited + ". They choose their password from the e-mail and can sign in then.";
    }
}
