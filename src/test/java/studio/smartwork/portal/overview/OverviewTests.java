package studio.smartwork.portal.overview;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.board.Assignee;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.Invitation;
import studio.smartwork.portal.people.Invitations;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;

/** The page after sign-in and a tenant's overview, in the language of the person reading them. */
class OverviewTests extends KaribuTests {

    @Test
    void acmesPeopleReadTheOverviewAndItsActivityInSpanish() {
        TenantId acme = DemoTenants.id(context, "acme");
        SignIn.as(context, DemoPeople.CARLA);
        BoardService board = context.getBean(BoardService.class);
        long sam = board.assignees(acme).stream().filter(a -> a.name().equals("Sam Ortega")).findFirst().map(Assignee::personId).orElseThrow();
        String title = "Call the carrier back " + System.nanoTime();
        board.createActionItem(acme, title, sam, null);
        SignIn.out();

        signIn(DemoPeople.EVA);
        navigate("t/acme");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Resumen · SmartWork Portal");
        _get(H3.class, spec -> spec.withText("Cómo contamos"));
        _get(H3.class, spec -> spec.withText("Actividad reciente"));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(line -> assertThat(line).matches("\\d+ directivos?, \\d+ empleados?"))
                .anySatisfy(line -> assertThat(line).startsWith("Días laborables al mes: "));
        assertThat(_find(ListItem.class)).extracting(item -> item.getElement().getTextRecursively())
                .anySatisfy(entry -> assertThat(entry).endsWith("Carla Romero añadió la acción «" + title + "»"));
    }

    @Test
    void brightsmilesPeopleReadItInEnglish() {
        signIn(DemoPeople.DAN);
        navigate("t/brightsmile");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Overview · SmartWork Portal");
        _get(H3.class, spec -> spec.withText("How we count"));
        _get(H3.class, spec -> spec.withText(Texts.t("overview.activity.title")));
        assertThat(Texts.t("overview.activity.title")).isEqualTo("Recent activity");
    }

    @Test
    void anInvitationWaitsOnTheStartPageInThePersonsLanguage() {
        String person = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, null);
        SignIn.as(context, DemoPeople.DAN);
        context.getBean(Invitations.class).invite(DemoTenants.id(context, "brightsmile"),
                new Invitation(person, "Someone", TenantRole.STAFF, null));
        SignIn.out();

        signIn(person);
        navigate("");
        _get(H3.class, spec -> spec.withText("Invitación a Brightsmile Dental"));
        _get(Paragraph.class, spec -> spec.withText("Dan Byrne te invita a unirte a Brightsmile Dental como Personal."));
        _click(_get(Button.class, spec -> spec.withText("Rechazar")));
        assertThat(_find(H3.class, spec -> spec.withText("Invitación a Brightsmile Dental"))).isEmpty();
        _get(Paragraph.class, spec -> spec.withText(Texts.t("overview.home.choose-workspace")));
        _get(Anchor.class, spec -> spec.withText("Acme Logistics (Personal)"));
    }
}
