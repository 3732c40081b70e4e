package studio.smartwork.portal.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.mail.Mail;
import studio.smartwork.portal.mail.OutgoingMail;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shell.LanguagePreferences;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.Mailbox;
import studio.smartwork.portal.support.TestPeople;

/** The embedded mail server's outbox: what the portal really sent over SMTP, for administrators only. */
class OutboxTests extends KaribuTests {

    @Test
    void administratorsReadWhatThePortalSent() {
        String to = "outbox-" + System.nanoTime() + "@example.com";
        context.getBean(OutgoingMail.class).send(new Mail(to, "Outbox check", "Hello over SMTP"));
        assertThat(Mailbox.of(context, to)).hasSize(1);
        signIn(DemoPeople.ADMIN);
        navigate("admin/outbox");
        _get(H2.class, spec -> spec.withText(Texts.t("mail.outbox.title")));
        Grid<?> outbox = _get(Grid.class, spec -> spec.withId("outbox"));
        assertThat(GridKt._getFormattedRow(outbox, 0).subList(1, 3)).containsExactly(to, "Outbox check");
    }

    @Test
    void anAdministratorWhoChoseSpanishReadsItInSpanish() {
        String email = "admin-es-" + System.nanoTime() + "@smartwork.studio";
        Actor admin = TestPeople.consultancyPerson(context, email, "Ana Admin", PlatformRole.ADMIN);
        context.getBean(LanguagePreferences.class).choose(admin, Language.SPANISH);
        signIn(email);
        navigate("admin/outbox");
        _get(H2.class, spec -> spec.withText("Correo enviado"));
        Grid<?> outbox = _get(Grid.class, spec -> spec.withId("outbox"));
        assertThat(outbox.getColumns().getFirst().getHeaderText()).isEqualTo("Enviado");
    }

    @Test
    void nobodyElseReadsIt() {
        signIn(DemoPeople.CARLA);
        assertThatThrownBy(() -> navigate("admin/outbox")).isInstanceOf(MockAccessDeniedException.class);
        signIn(DemoPeople.EVA);
        assertThatThrownBy(() -> navigate("admin/outbox")).isInstanceOf(MockAccessDeniedException.class);
    }
}
