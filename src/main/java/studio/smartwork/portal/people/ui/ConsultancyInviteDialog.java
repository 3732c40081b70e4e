package studio.smartwork.portal.people.ui;

import java.util.List;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.people.ConsultancyPeople;
import studio.smartwork.portal.shared.ui.Texts;

/** Invites a person of the consultancy: a consultant, or another administrator. */
class ConsultancyInviteDialog extends InvitePersonDialog<PlatformRole> {

    private final ConsultancyPeople consultancyPeople;

    ConsultancyInviteDialog(ConsultancyPeople consultancyPeople, Runnable onInvited) {
        super(Texts.t("people.consultancy.invite.title"), List.of(PlatformRole.CONSULTANT, PlatformRole.ADMIN),
                PlatformRole.CONSULTANT, role -> Texts.t(ConsultancyPeopleView.textKey(role)), onInvited);
        this.consultancyPeople = consultancyPeople;
    }

    @Override
    protected void invite() {
        consultancyPeople.inviteConsultancyPerson(email.getValue(), name.getValue(), role.getValue());
    }

    @Override
    protected String whatHappensNext(String invited) {
        return getTranslation("people.consultancy.invite.sent", invited);
    }
}
