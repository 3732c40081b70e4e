package studio.smartwork.portal.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.people.ConsultancyPeople;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.Mailbox;

class ConsultancyPeopleTests extends KaribuTests {

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorInvitesAConsultantWhoCanThenBeAssigned() {
        signIn(DemoPeople.ADMIN);
        navigate("admin/people");
        _get(ConsultancyPeopleView.class);
        _click(_get(Button.class, spec -> spec.withText(Texts.t("people.consultancy.invite"))));
        String email = "new-consultant-" + System.nanoTime() + "@smartwork.studio";
        _setValue(_get(EmailField.class, spec -> spec.withLabel(Texts.t("people.invite.email"))), email);
        _setValue(_get(TextField.class, spec -> spec.withLabel(Texts.t("people.invite.name"))), "Nora New");
        _setValue(_get(Select.class, spec -> spec.withLabel(Texts.t("people.invite.role"))), PlatformRole.CONSULTANT);
        _click(_get(Button.class, spec -> spec.withText(Texts.t("people.invite.invite"))));

        String path = Mailbox.newestWelcomePath(context, email);
        assertThat(path).startsWith("welcome/");
        assertThat(_find(TextField.class)).as("the link is for the address only").noneMatch(field -> field.getValue().contains(path));
        // A new consultancy person belongs to no tenant and has chosen no language yet: English.
        assertThat(Mailbox.of(context, email).getFirst().subject()).isEqualTo("Your SmartWork Portal account");
        ConsultantAssignments consultantAssignments = context.getBean(ConsultantAssignments.class);
        ConsultancyPeople consultancyPeople = context.getBean(ConsultancyPeople.class);
        assertThat(consultancyPeople.consultancyPeople()).filteredOn(p -> p.email().equals(email)).singleElement()
                .satisfies(p -> {
                    assertThat(p.role()).isEqualTo(PlatformRole.CONSULTANT);
                    assertThat(p.accountReady()).isFalse();
                });
        assertThat(consultantAssignments.allConsultants()).anyMatch(c -> c.email().equals(email));
        assertThatThrownBy(() -> consultancyPeople.inviteConsultancyPerson(DemoPeople.EVA, "Eva", PlatformRole.CONSULTANT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get("email"))
                        .isEqualTo(Message.of("people.refusal.already-has-account", DemoPeople.EVA)));
    }

    @Test
    void consultantsAndClientsCannotOpenOrUseIt() {
        signIn(DemoPeople.CARLA);
        assertThatThrownBy(() -> navigate("admin/people"))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
        assertThat(_find(ConsultancyPeopleView.class)).isEmpty();
        assertThatThrownBy(() -> context.getBean(ConsultancyPeople.class).consultancyPeople()).isInstanceOf(AccessDeniedException.class);
        signIn(DemoPeople.EVA);
        assertThatThrownBy(() -> context.getBean(ConsultancyPeople.class).inviteConsultancyPerson("x@smartwork.studio", "X",
                PlatformRole.ADMIN)).isInstanceOf(AccessDeniedException.class);
    }

}
