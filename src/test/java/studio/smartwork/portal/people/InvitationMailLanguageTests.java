package studio.smartwork.portal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.mail.SentMail;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shell.LanguagePreferences;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.Mailbox;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;

/**
 * An invitation reaches its person in their language, read from the mail the embedded SMTP server
 * received: the one they chose for themselves, else the language of the tenant that invites them
 * (Acme, es-ES: Spanish; Brightsmile, en-IE: English).
 */
@SpringBootTest
class InvitationMailLanguageTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Invitations invitations;
    @Autowired
    LanguagePreferences languages;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anInvitationToAcmeArrivesInSpanish() {
        String email = "nuria-" + suffix() + "@acme.example";
        SignIn.as(context, DemoPeople.EVA);
        invitations.invite(DemoTenants.id(context, "acme"), new Invitation(email, "Nuria Nueva", TenantRole.STAFF, null));

        SentMail mail = Mailbox.of(context, email).getFirst();
        assertThat(mail.subject()).isEqualTo("Eva Martín te invita a Acme Logistics en SmartWork Portal");
        assertThat(lines(mail)).startsWith("Hola, Nuria Nueva:\n\nEva Martín te ha invitado a unirte a Acme Logistics en SmartWork Portal "
                        + "como Personal.\n\nAbre este enlace para elegir tu contraseña y unirte (funciona una vez, durante 7 días):\n")
                .contains("/welcome/")
                .endsWith("Si no esperabas este correo, ignóralo: no pasa nada sin ti.");
    }

    @Test
    void anInvitationToBrightsmileArrivesInEnglish() {
        String email = "brian-" + suffix() + "@brightsmile.example";
        SignIn.as(context, DemoPeople.DAN);
        invitations.invite(DemoTenants.id(context, "brightsmile"), new Invitation(email, "Brian New", TenantRole.STAFF, null));

        SentMail mail = Mailbox.of(context, email).getFirst();
        assertThat(mail.subject()).isEqualTo("Dan Byrne invites you to Brightsmile Dental on SmartWork Portal");
        assertThat(lines(mail)).startsWith("Hello Brian New,\n\nDan Byrne invited you to join Brightsmile Dental on SmartWork Portal "
                        + "as Staff.\n\nOpen this link to choose your password and join (it works once, for 7 days):\n")
                .contains("/welcome/")
                .endsWith("If you did not expect this, ignore this e-mail: nothing happens without you.");
    }

    @Test
    void aPersonsOwnChoiceOfLanguageComesBeforeTheInvitingTenants() {
        String email = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, null);
        SignIn.as(context, email);
        languages.choose(CurrentActor.require(), Language.SPANISH);
        SignIn.as(context, DemoPeople.DAN);
        invitations.invite(DemoTenants.id(context, "brightsmile"), new Invitation(email, "Someone", TenantRole.STAFF, null));

        // Their earlier invitation, to Acme, is in their mailbox too.
        SentMail mail = Mailbox.of(context, email).stream().filter(m -> m.subject().contains("Brightsmile")).findFirst().orElseThrow();
        assertThat(mail.subject()).isEqualTo("Dan Byrne te invita a Brightsmile Dental en SmartWork Portal");
        assertThat(mail.text()).contains("Inicia sesión para aceptar la invitación:").doesNotContain("/welcome/");
    }

    /** The text with its lines as written; SMTP carries them with CRLF. */
    private static String lines(SentMail mail) {
        return mail.text().replace("\r\n", "\n");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
