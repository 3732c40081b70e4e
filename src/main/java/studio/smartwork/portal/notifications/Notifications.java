package studio.smartwork.portal.notifications;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.mail.Mail;
import studio.smartwork.portal.mail.OutgoingMail;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.PortalAddress;
import studio.smartwork.portal.shared.PortalTexts;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantService;

/**
 * Tells people of something in a tenant: a notification under their bell and, for those who
 * chose it for this kind, an e-mail in their language with the link and a way to stop such
 * mails. {@link #tell} writes inside the caller's tenant transaction, so a change that rolls
 * back tells no one; its mails leave only after the commit.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final TenantService tenants;
    private final MailChoices mailChoices;
    private final OutgoingMail outgoing;
    private final PortalTexts texts;
    private final PortalAddress portal;
    private final Clock clock;

    Notifications(JdbcClient jdbc, TenantScope tenantScope, TenantService tenants, MailChoices mailChoices, OutgoingMail outgoing,
            PortalTexts texts, PortalAddress portal, Clock clock) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.tenants = tenants;
        this.mailChoices = mailChoices;
        this.outgoing = outgoing;
        this.texts = texts;
        this.portal = portal;
        this.clock = clock;
    }

    /** Someone a notification or scheduled mail goes to, as the mail needs them. */
    public record Recipient(long personId, String email, String displayName, Language language) {
    }

    /**
     * Tells each of the people who belong to the tenant (once, whatever the repeats in {@code people}) inside the caller's
     * transaction of {@code tenant}. {@code text} is the notification's one line; {@code link}
     * a portal path ("t/acme/design/3").
     */
    public void tell(TenantId tenant, Collection<Long> people, NotificationKind kind, Message text, String link) {
        Instant now = Instant.now(clock);
        for (Recipient recipient : recipients(tenant, people)) {
            jdbc.sql("""
                    insert into notification (tenant_id, person_id, kind, text_key, text_values, link, created_at)
                    values (:tenant, :person, :kind, :key, :values, :link, :at)""")
                    .param("tenant", tenant.value()).param("person", recipient.personId()).param("kind", kind.name())
                    .param("key", text.key()).param("values", text.args().stream().map(String::valueOf).toArray(String[]::new))
                    .param("link", link).param("at", Timestamp.from(now)).update();
            if (mailChoices.wantsMail(recipient.personId(), kind)) {
                outgoing.send(mail(recipient, kind, text, link));
            }
        }
    }

    /** The addresses, names and languages (their own choice, else the tenant's) of those of the people who belong to the tenant. */
    public List<Recipient> recipients(TenantId tenant, Collection<Long> people) {
        Locale tenantLocale = tenants.find(tenant).orElseThrow(TenantNotFoundException::new).settings().locale();
        // Only people of this tenant (its members and its consultants): an id of anyone else is
        // left out, so no caller learns another tenant's people or tells them anything.
        return jdbc.sql("""
                        select p.id, p.email, p.display_name, p.language from person p
                        where p.id = any(:ids)
                          and (exists (select 1 from membership m where m.tenant_id = :tenant and m.person_id = p.id)
                               or exists (select 1 from consultant_assignment c where c.tenant_id = :tenant and c.person_id = p.id))
                        order by p.id""")
                .param("ids", people.stream().distinct().toArray(Long[]::new)).param("tenant", tenant.value())
                .query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Language.ofCode(rs.getString(4)).orElseGet(() -> Language.forLocale(tenantLocale))))
                .list();
    }

    private Mail mail(Recipient to, NotificationKind kind, Message text, String link) {
        Language language = to.language();
        String line = texts.text(language, text);
        String unsubscribe = mailChoices.unsubscribeLink(to.personId(), kind);
        String body = texts.text(language, "notifications.mail.hello", to.displayName()) + "\n\n" + line + "\n" + portal.link(link)
                + "\n\n" + texts.text(language, "notifications.mail.why", texts.text(language, kind.textKey()))
                + "\n" + unsubscribe + "\n";
        return new Mail(to.email(), line, body, List.of(), unsubscribe);
    }

    /** The signed-in person's unread notifications in this tenant. */
    public long unreadCount(TenantId tenant) {
        return tenantScope.read(tenant, session -> jdbc.sql("""
                        select count(*) from notification where tenant_id = :tenant and person_id = :person and read_at is null""")
                .param("tenant", tenant.value()).param("person", session.actor().personId()).query(Long.class).single());
    }

    /** The signed-in person's newest notifications in this tenant, read and unread. */
    public List<Notification> recent(TenantId tenant, int limit) {
        return page(tenant, 0, limit);
    }

    /** A page of the signed-in person's notifications in this tenant, newest first. */
    public List<Notification> page(TenantId tenant, int offset, int limit) {
        return tenantScope.read(tenant, session -> jdbc.sql("""
                        select id, kind, text_key, text_values, link, created_at, read_at from notification
                        where tenant_id = :tenant and person_id = :person order by created_at desc, id desc offset :offset limit :limit""")
                .param("tenant", tenant.value()).param("person", session.actor().personId()).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new Notification(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)),
                        new Message(rs.getString(3), new ArrayList<>(strings(rs.getArray(4)))), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), instant(rs.getTimestamp(7))))
                .list());
    }

    /** How many notifications the signed-in person has in this tenant, read and unread. */
    public int count(TenantId tenant) {
        return tenantScope.read(tenant, session -> jdbc.sql("""
                        select count(*) from notification where tenant_id = :tenant and person_id = :person""")
                .param("tenant", tenant.value()).param("person", session.actor().personId()).query(Integer.class).single());
    }

    public void markAllRead(TenantId tenant) {
        tenantScope.write(tenant, session -> jdbc.sql("""
                        update notification set read_at = :at where tenant_id = :tenant and person_id = :person and read_at is null""")
                .param("at", Timestamp.from(Instant.now(clock))).param("tenant", tenant.value()).param("person", session.actor().personId()).update());
    }

    /** Marks one of the signed-in person's own notifications read; another's is left alone. */
    public void markRead(TenantId tenant, long notificationId) {
        tenantScope.write(tenant, session -> jdbc.sql("""
                        update notification set read_at = :at
                        where tenant_id = :tenant and person_id = :person and id = :id and read_at is null""")
                .param("at", Timestamp.from(Instant.now(clock))).param("tenant", tenant.value()).param("person", session.actor().personId())
                .param("id", notificationId).update());
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
