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
        _click(_get(Button.class, spec -> spec.withText("Invite consultancy person")));
        String email = "new-consultant-" + System.nanoTime() + "@smartwork.studio";
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email")), email);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Nora New");
        _setValue(_get(Select.class, spec -> spec.withLabel("Role")), PlatformRole.CONSULTANT);
        _click(_get(Button.class, spec -> spec.withText("Invite")));

        assertThat(_find(TextField.class, spec -> spec.withLabel("One-time link (valid for 7 days)"))).isEmpty();
        assertThat(Mailbox.newestWelcomePath(context, email)).startsWith("welcome/");
        ConsultantAssignments consultantAssignments = context.getBean(ConsultantAssignments.class);
        ConsultancyPeople consultancyPeople = context.getBean(ConsultancyPeople.class);
        assertThat(consultancyPeople.consultancyPeople()).filteredOn(p -> p.email().equals(email)).singleElement()
                .satisfies(p -> {
                    assertThat(p.role()).isEqualTo(PlatformRole.CONSULTANT);
                    assertThat(p.accountReady()).isFalse();
                });
        assertThat(consultantAssignments.allConsultants()).anyMatch(c -> c.email().equals(email));
        assertThatThrownBy(() -> consultancyPeople.inviteConsultancyPerson(DemoPeople.EVA, "Eva", PlatformRole.CONSULTANT))
                .hasMessageContaining("already has an account");
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
