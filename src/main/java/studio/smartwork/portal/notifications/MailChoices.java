package studio.smartwork.portal.notifications;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
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

    MailChoices(JdbcClient jdbc, PortalAddress portal) {
        this.jdbc = jdbc;
        this.portal = portal;
    }

    @Transactional(readOnly = true)
    public boolean wantsMail(long personId, NotificationKind kind) {
        return jdbc.sql("select by_mail from notification_mail_choice where person_id = :person and kind = :kind")
                .param("person", personId).param("kind", kind.name())
                .query(Boolean.class).optional().orElse(kind.mailByDefault());
    }

    /** Every kind with the person's choice, defaults included. */
    @Transactional(readOnly = true)
    public Map<NotificationKind, Boolean> choices(long personId) {
        Map<NotificationKind, Boolean> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            choices.put(kind, kind.mailByDefault());
        }
        jdbc.sql("select kind, by_mail from notification_mail_choice where person_id = :person").param("person", personId)
                .query((rs, n) -> Map.entry(NotificationKind.valueOf(rs.getString(1)), rs.getBoolean(2)))
                .list().forEach(choice -> choices.put(choice.getKey(), choice.getValue()));
        return choices;
    }

    @Transactional
    public void choose(long personId, NotificationKind kind, boolean byMail) {
        jdbc.sql("""
                insert into notification_mail_choice (person_id, kind, by_mail) values (:person, :kind, :byMail)
                on conflict (person_id, kind) do update set by_mail = excluded.by_mail""")
                .param("person", personId).param("kind", kind.name()).param("byMail", byMail).update();
    }

    /**
     * The link an e-mail of an optional kind ends with, which turns that kind's mails off for
     * its addressee. (For now the page where they choose; a one-click signed link replaces it.)
     */
    public String unsubscribeLink(long personId, NotificationKind kind) {
        return portal.link("notifications/mail");
    }
}
