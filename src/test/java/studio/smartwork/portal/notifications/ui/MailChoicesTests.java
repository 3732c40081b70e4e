package studio.smartwork.portal.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.notifications.MailChoices;
import studio.smartwork.portal.notifications.NotificationKind;
import studio.smartwork.portal.shared.PortalAddress;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.TestPeople;

/** "E-mail me about…" for the signed-in person, and the signed one-click link in every optional mail. */
class MailChoicesTests extends KaribuTests {

    private String person;
    private long personId;
    private MailChoices choices;

    @BeforeEach
    void aFreshPerson() {
        person = TestPeople.newClientPerson(context, "brightsmile", TenantRole.STAFF, null);
        personId = context.getBean(JdbcClient.class).sql("select id from person where email = :e").param("e", person).query(Long.class).single();
        choices = context.getBean(MailChoices.class);
    }

    @Test
    void aPersonChoosesWhatComesByMail() {
        signIn(person);
        navigate("notifications/mail");
        _get(H2.class, spec -> spec.withText(Texts.t("notifications.choices.title")));
        Checkbox comments = _get(Checkbox.class, spec -> spec.withLabel(Texts.t("notifications.kind.comment-on-my-record")));
        assertThat(comments.getValue()).isTrue();

        _setValue(comments, false);

        assertThat(choices.wantsMail(personId, NotificationKind.COMMENT_ON_MY_RECORD)).isFalse();
        assertThat(choices.wantsMail(personId, NotificationKind.APPROVED)).isTrue();
    }

    @Test
    void theOneClickLinkTurnsItsKindOffWithoutSigningIn() {
        String path = path(choices.unsubscribeLink(personId, NotificationKind.ACTION_ITEM_DUE));

        navigate(path);

        _get(H2.class, spec -> spec.withText(Texts.t("notifications.unsubscribe.done.title")));
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                Texts.t("notifications.unsubscribe.done", Texts.t("notifications.kind.action-item-due"), person)))).isNotNull();
        assertThat(choices.wantsMail(personId, NotificationKind.ACTION_ITEM_DUE)).isFalse();
        assertThat(choices.wantsMail(personId, NotificationKind.ACTION_ITEM_ASSIGNED)).isTrue();
    }

    @Test
    void anAlteredLinkTurnsNothingOff() {
        String genuine = path(choices.unsubscribeLink(personId, NotificationKind.ACTION_ITEM_DUE));
        // The same signature for another kind, and for another person.
        String otherKind = genuine.replace(".action-item-due.", ".approved.");
        String otherPerson = genuine.replace("unsubscribe/" + personId + ".", "unsubscribe/" + (personId + 1) + ".");

        for (String forged : new String[] {otherKind, otherPerson, "notifications/unsubscribe/made-up"}) {
            navigate(forged);
            _get(H2.class, spec -> spec.withText(Texts.t("notifications.unsubscribe.refused.title")));
        }
        assertThat(choices.wantsMail(personId, NotificationKind.APPROVED)).isTrue();
        assertThat(choices.wantsMail(personId, NotificationKind.ACTION_ITEM_DUE)).isTrue();
    }

    private String path(String link) {
        String base = context.getBean(PortalAddress.class).link("");
        assertThat(link).startsWith(base);
        return link.substring(base.length()).replaceFirst("^/", "");
    }
}
