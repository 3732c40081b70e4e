package studio.smartwork.portal.outcome;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.mail.Mail;
import studio.smartwork.portal.mail.MailAttachment;
import studio.smartwork.portal.mail.OutgoingMail;
import studio.smartwork.portal.notifications.ActingFor;
import studio.smartwork.portal.notifications.MailChoices;
import studio.smartwork.portal.notifications.NotificationKind;
import studio.smartwork.portal.notifications.Notifications;
import studio.smartwork.portal.notifications.Notifications.Recipient;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.PortalAddress;
import studio.smartwork.portal.shared.PortalTexts;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * The monthly report by e-mail: on the 1st, each executive of a tenant who wants it
 * ({@link NotificationKind#MONTHLY_REPORT}) gets the previous month's PDF in their own language,
 * with a link that turns these mails off. A mail is queued in the same transaction that records
 * it was sent (changeset 250), so running again for the same month — a retry, a second
 * replica — sends nothing twice. The schedule that calls it is the job queue's.
 */
@Service
public class MonthlyReportMail {

    private final TenantScope tenantScope;
    private final TenantService tenants;
    private final OutcomeService outcomes;
    private final MonthlyReport report;
    private final Notifications notifications;
    private final MailChoices mailChoices;
    private final OutgoingMail outgoing;
    private final PortalTexts texts;
    private final PortalAddress portal;
    private final JdbcClient jdbc;
    private final Clock clock;

    MonthlyReportMail(TenantScope tenantScope, TenantService tenants, OutcomeService outcomes, MonthlyReport report,
            Notifications notifications, MailChoices mailChoices, OutgoingMail outgoing, PortalTexts texts, PortalAddress portal,
            JdbcClient jdbc, Clock clock) {
        this.tenantScope = tenantScope;
        this.tenants = tenants;
        this.outcomes = outcomes;
        this.report = report;
        this.notifications = notifications;
        this.mailChoices = mailChoices;
        this.outgoing = outgoing;
        this.texts = texts;
        this.portal = portal;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Mails the report of {@code month} to the tenant's executives who want it and have not had
     * it yet. Nothing is sent for a month the dashboard does not count (no solution was live, or
     * the month has not ended). A job of the portal: call it only with a tenant the job chose.
     */
    public void sendDue(TenantId tenant, YearMonth month) {
        TenantSummary summary = tenants.find(tenant).orElseThrow(TenantNotFoundException::new);
        tenantScope.asSystem(tenant, () -> {
            List<Long> executives = jdbc.sql("select person_id from membership where tenant_id = :tenant and role = 'EXECUTIVE'")
                    .param("tenant", tenant.value()).query(Long.class).list();
            List<Recipient> wanting = executives.isEmpty() ? List.of() : notifications.recipients(tenant, executives).stream()
                    .filter(executive -> mailChoices.wantsMail(executive.personId(), NotificationKind.MONTHLY_REPORT)).toList();
            if (wanting.isEmpty()) {
                return null;
            }
            // Read as the first executive it is mailed to: the mail carries what they would see on the
            // dashboard, under the same access rules, though no one is signed in.
            Recipient reader = wanting.getFirst();
            SavingsDashboard dashboard = ActingFor.person(new Actor(reader.personId(), reader.email(), reader.displayName(), null),
                    () -> outcomes.dashboard(tenant));
            if (dashboard.months().stream().noneMatch(m -> m.month().equals(month))) {
                return null;
            }
            Map<Language, byte[]> pdfs = new EnumMap<>(Language.class);
            for (Recipient executive : wanting) {
                if (firstTime(tenant, executive, month)) {
                    byte[] pdf = pdfs.computeIfAbsent(executive.language(), language -> report.pdf(summary, dashboard, month, language));
                    outgoing.send(mail(summary, executive, month, pdf));
                }
            }
            return null;
        });
    }

    /** Records the executive's mail of the month; false when it was already sent. */
    private boolean firstTime(TenantId tenant, Recipient executive, YearMonth month) {
        return jdbc.sql("""
                        insert into monthly_report_mail (tenant_id, person_id, month, sent_at) values (:tenant, :person, :month, :at)
                        on conflict do nothing""")
                .param("tenant", tenant.value()).param("person", executive.personId()).param("month", Date.valueOf(month.atDay(1)))
                .param("at", Timestamp.from(clock.instant())).update() == 1;
    }

    private Mail mail(TenantSummary tenant, Recipient to, YearMonth month, byte[] pdf) {
        Language language = to.language();
        String monthName = tenant.formatFor(language.locale()).month(month);
        String body = texts.text(language, "outcome.report.mail.hello", to.displayName()) + "\n\n"
                + texts.text(language, "outcome.report.mail.text", tenant.name(), monthName) + "\n"
                + portal.link(ShellNavigation.outcomesPath(tenant.slug())) + "\n\n"
                + texts.text(language, "outcome.report.mail.why", texts.text(language, NotificationKind.MONTHLY_REPORT.textKey())) + "\n"
                + mailChoices.unsubscribeLink(to.personId(), NotificationKind.MONTHLY_REPORT) + "\n";
        return new Mail(to.email(), texts.text(language, "outcome.report.mail.subject", tenant.name(), monthName), body,
                List.of(new MailAttachment(MonthlyReport.pdfFileName(tenant.slug(), month), MonthlyReport.PDF_CONTENT_TYPE, pdf)));
    }
}
