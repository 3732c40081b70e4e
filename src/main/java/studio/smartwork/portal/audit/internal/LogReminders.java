package studio.smartwork.portal.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.mail.Mail;
import studio.smartwork.portal.mail.OutgoingMail;
import studio.smartwork.portal.notifications.MailChoices;
import studio.smartwork.portal.notifications.NotificationKind;
import studio.smartwork.portal.notifications.Notifications;
import studio.smartwork.portal.notifications.Notifications.Recipient;
import studio.smartwork.portal.notifications.TenantMorningMail;
import studio.smartwork.portal.shared.PortalAddress;
import studio.smartwork.portal.shared.PortalTexts;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * At 9:00 tenant time on working days (Mon–Fri), staff invited to an open audit campaign who
 * logged nothing in it on the previous working day (Monday looks at Friday) get one reminder by
 * mail with a link to their log page, unless they turned these mails off. Only for a day inside
 * the campaign's window; one per person and day (table {@code log_reminder}, written in the
 * transaction that queues the mail).
 */
@Component
class LogReminders implements TenantMorningMail {

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final MailChoices mailChoices;
    private final OutgoingMail outgoing;
    private final TenantService tenants;
    private final PortalTexts texts;
    private final PortalAddress portal;
    private final Clock clock;

    LogReminders(JdbcClient jdbc, Notifications notifications, MailChoices mailChoices, OutgoingMail outgoing, TenantService tenants,
            PortalTexts texts, PortalAddress portal, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.mailChoices = mailChoices;
        this.outgoing = outgoing;
        this.tenants = tenants;
        this.texts = texts;
        this.portal = portal;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "log-reminder";
    }

    @Override
    public boolean isDue(ZonedDateTime localNow) {
        return isWorkingDay(localNow.toLocalDate()) && localNow.getHour() >= 9;
    }

    /** The working day before a working day: Monday looks at Friday. */
    static LocalDate previousWorkingDay(LocalDate day) {
        LocalDate previous = day.minusDays(1);
        while (!isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    private static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private record Forgotten(long personId, long campaignId, String campaignName) {
    }

    @Override
    public void sendDue(TenantId tenant, LocalDate localDay) {
        LocalDate looked = previousWorkingDay(localDay);
        Map<Long, Forgotten> forgotten = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.person_id, c.id, c.name from audit_campaign c
                        join audit_participant p on p.tenant_id = c.tenant_id and p.campaign_id = c.id
                        join membership m on m.tenant_id = c.tenant_id and m.person_id = p.person_id and m.role = 'STAFF'
                        join person pe on pe.id = p.person_id and pe.active
                        where c.tenant_id = :t and c.status = 'OPEN' and :day between c.starts_on and c.ends_on
                          and not exists (select 1 from audit_time_entry e where e.tenant_id = c.tenant_id and e.campaign_id = c.id
                                          and e.person_id = p.person_id and e.entry_date = :day)
                        order by p.person_id, c.id""")
                .param("t", tenant.value()).param("day", looked)
                .query((rs, n) -> new Forgotten(rs.getLong(1), rs.getLong(2), rs.getString(3))).list()
                .forEach(f -> forgotten.putIfAbsent(f.personId(), f));
        if (forgotten.isEmpty()) {
            return;
        }
        TenantSummary summary = tenants.find(tenant).orElseThrow(TenantNotFoundException::new);
        for (Recipient recipient : notifications.recipients(tenant, forgotten.keySet())) {
            if (!mailChoices.wantsMail(recipient.personId(), NotificationKind.LOG_REMINDER)) {
                continue;
            }
            Forgotten what = forgotten.get(recipient.personId());
            boolean first = jdbc.sql("""
                            insert into log_reminder (tenant_id, person_id, campaign_id, logged_day, sent_at)
                            values (:t, :p, :c, :day, :at) on conflict do nothing""")
                    .param("t", tenant.value()).param("p", recipient.personId()).param("c", what.campaignId()).param("day", looked)
                    .param("at", Timestamp.from(Instant.now(clock))).update() == 1;
            if (first) {
                outgoing.send(mail(summary, recipient, what, looked));
            }
        }
    }

    private Mail mail(TenantSummary tenant, Recipient to, Forgotten what, LocalDate looked) {
        var language = to.language();
        String day = tenant.formatFor(language.locale()).date(looked);
        String subject = texts.text(language, "notifications.schedule.reminder.subject", day);
        String body = texts.text(language, "notifications.mail.hello", to.displayName()) + "\n\n"
                + texts.text(language, "notifications.schedule.reminder.text", day, what.campaignName()) + "\n"
                + portal.link(ShellNavigation.timeLogPath(tenant.slug(), what.campaignId())) + "\n\n"
                + texts.text(language, "notifications.mail.why", texts.text(language, NotificationKind.LOG_REMINDER.textKey())) + "\n"
                + mailChoices.unsubscribeLink(to.personId(), NotificationKind.LOG_REMINDER) + "\n";
        return new Mail(to.email(), subject, body);
    }
}
