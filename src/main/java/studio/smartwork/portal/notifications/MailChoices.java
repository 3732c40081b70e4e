package studio.smartwork.portal.notifications;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.identity.CurrentActor;
import org.springframework.transaction.annotation.Transactional;
import studio.smartwork.portal.shared.PortalAddress;

/**
 * Which kinds of notification each person also wants by e-mail. The choice is the person's
 * own, for every tenant they belong to; a kind they never chose takes its default.
 */
@Service
public class MailChoices {

    private final JdbcClient jdbc;
    private final PortalAddress portal;
    private final UnsubscribeLinks links;

    MailChoices(JdbcClient jdbc, PortalAddress portal, UnsubscribeLinks links) {
        this.jdbc = jdbc;
        this.portal = portal;
        this.links = links;
    }

    @Transactional(readOnly = true)
    public boolean wantsMail(long personId, NotificationKind kind) {
        return jdbc.sql("select by_mail from notification_mail_choice where person_id = :person and kind = :kind")
                .param("person", personId).param("kind", kind.name())
                .query(Boolean.class).optional().orElse(kind.mailByDefault());
    }

    /** Every kind with the signed-in person's choice, defaults included. */
    @Transactional(readOnly = true)
    public Map<NotificationKind, Boolean> myChoices() {
        long personId = CurrentActor.require().personId();
        Map<NotificationKind, Boolean> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            choices.put(kind, kind.mailByDefault());
        }
        jdbc.sql("select kind, by_mail from notification_mail_choice where person_id = :person").param("person", personId)
                .query((rs, n) -> Map.entry(NotificationKind.valueOf(rs.getString(1)), rs.getBoolean(2)))
                .list().forEach(choice -> choices.put(choice.getKey(), choice.getValue()));
        return choices;
    }

    /** The signed-in person's choice: only they choose what reaches their inbox (or a signed link of theirs). */
    @Transactional
    public void choose(NotificationKind kind, boolean byMail) {
        save(CurrentActor.require().personId(), kind, byMail);
    }

    private void save(long personId, NotificationKind kind, boolean byMail) {
        jdbc.sql("""
                insert into notification_mail_choice (person_id, kind, by_mail) values (:person, :kind, :byMail)
                on conflict (person_id, kind) do update set by_mail = excluded.by_mail""")
                .param("person", personId).param("kind", kind.name()).param("byMail", byMail).update();
    }

    /**
     * The link an e-mail of an optional kind ends with: one click turns that kind's mails off for
     * its addressee, without signing in. It is signed with the portal's secret
     * ({@code portal.mail.unsubscribe-secret}), so nobody can make one for someone else.
     */
    public String unsubscribeLink(long personId, NotificationKind kind) {
        return portal.link("notifications/unsubscribe/" + links.token(personId, kind));
    }

    /** What a one-click link turned off. */
    public record Unsubscribed(long personId, String email, NotificationKind kind) {
    }

    /**
     * Turns off the kind a one-click link names, for the person it names; a forged, altered or
     * outdated link (its person gone) turns off nothing.
     */
    @Transactional
    public Optional<Unsubscribed> unsubscribe(String token) {
        return links.read(token).flatMap(link -> jdbc.sql("select email from person where id = :person")
                .param("person", link.personId()).query(String.class).optional()
                .map(email -> {
                    save(link.personId(), link.kind(), false);
                    return new Unsubscribed(link.personId(), email, link.kind());
                }));
    }
}
