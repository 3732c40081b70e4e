package studio.smartwork.portal.digest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.ParticipantProgress;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignStatus;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.mail.Mail;
import studio.smartwork.portal.mail.OutgoingMail;
import studio.smartwork.portal.notifications.ActingFor;
import studio.smartwork.portal.notifications.MailChoices;
import studio.smartwork.portal.notifications.NotificationKind;
import studio.smartwork.portal.notifications.Notifications;
import studio.smartwork.portal.notifications.Notifications.Recipient;
import studio.smartwork.portal.notifications.TenantMorningMail;
import studio.smartwork.portal.outcome.KpiAlert;
import studio.smartwork.portal.outcome.MonthlySaving;
import studio.smartwork.portal.outcome.OutcomePrecision;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.SavingsDashboard;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.PortalAddress;
import studio.smartwork.portal.shared.PortalTexts;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * The executives' weekly digest, Monday from 8:00 tenant time: savings as the dashboard counts
 * them, the open KPI alerts, the design records waiting for approval and the completion of open
 * audit campaigns, each read as the executive may read it (the same services as their pages).
 * Once per executive and week (table {@code weekly_digest}); not to those who turned it off.
 *
 * <p>The savings are counted by whole months (decision 0030), so the digest gives the last
 * complete month and the last three months, the dashboard's own figures, and says so; it does
 * not make up a weekly figure (decision 0121).
 */
@Component
class WeeklyDigest implements TenantMorningMail {

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final MailChoices mailChoices;
    private final OutgoingMail outgoing;
    private final TenantService tenants;
    private final OutcomeService outcomes;
    private final DesignRecords designs;
    private final AuditCampaigns campaigns;
    private final PortalTexts texts;
    private final PortalAddress portal;
    private final Clock clock;

    WeeklyDigest(JdbcClient jdbc, Notifications notifications, MailChoices mailChoices, OutgoingMail outgoing, TenantService tenants,
            OutcomeService outcomes, DesignRecords designs, AuditCampaigns campaigns, PortalTexts texts, PortalAddress portal, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.mailChoices = mailChoices;
        this.outgoing = outgoing;
        this.tenants = tenants;
        this.outcomes = outcomes;
        this.designs = designs;
        this.campaigns = campaigns;
        this.texts = texts;
        this.portal = portal;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "weekly-digest";
    }

    @Override
    public boolean isDue(ZonedDateTime localNow) {
        return localNow.getDayOfWeek() == DayOfWeek.MONDAY && localNow.getHour() >= 8;
    }

    @Override
    public void sendDue(TenantId tenant, LocalDate localDay) {
        LocalDate weekOf = localDay.minusWeeks(1);
        List<Long> executives = jdbc.sql("""
                        select m.person_id from membership m join person p on p.id = m.person_id and p.active
                        where m.tenant_id = :t and m.role = 'EXECUTIVE' order by m.person_id""")
                .param("t", tenant.value()).query(Long.class).list();
        if (executives.isEmpty()) {
            return;
        }
        TenantSummary summary = tenants.find(tenant).orElseThrow(TenantNotFoundException::new);
        for (Recipient recipient : notifications.recipients(tenant, executives)) {
            if (!mailChoices.wantsMail(recipient.personId(), NotificationKind.WEEKLY_DIGEST)) {
                continue;
            }
            boolean first = jdbc.sql("""
                            insert into weekly_digest (tenant_id, person_id, week_of, sent_at) values (:t, :p, :week, :at)
                            on conflict do nothing""")
                    .param("t", tenant.value()).param("p", recipient.personId()).param("week", weekOf)
                    .param("at", Timestamp.from(Instant.now(clock))).update() == 1;
            if (first) {
                Actor executive = new Actor(recipient.personId(), recipient.email(), recipient.displayName(), null);
                outgoing.send(ActingFor.person(executive, () -> mail(summary, recipient, weekOf)));
            }
        }
    }

    private Mail mail(TenantSummary tenant, Recipient to, LocalDate weekOf) {
        Language language = to.language();
        TenantFormat format = tenant.formatFor(language.locale());
        SavingsDashboard dashboard = outcomes.dashboard(tenant.id());
        StringBuilder body = new StringBuilder();
        body.append(texts.text(language, "notifications.mail.hello", to.displayName())).append("\n\n")
                .append(texts.text(language, "notifications.schedule.digest.intro", tenant.name(), format.date(weekOf),
                        format.date(weekOf.plusDays(6)))).append("\n\n");

        body.append(texts.text(language, "notifications.schedule.digest.savings")).append('\n');
        if (!dashboard.hasSolutions()) {
            body.append(texts.text(language, "notifications.schedule.digest.no-solutions")).append('\n');
        } else {
            MonthlySaving last = dashboard.months().stream().filter(m -> m.month().equals(dashboard.lastCompleteMonth())).findFirst()
                    .orElse(null);
            body.append(texts.text(language, "notifications.schedule.digest.last-month", format.month(dashboard.lastCompleteMonth()),
                    hours(format, last == null ? java.math.BigDecimal.ZERO : last.hoursRecovered()),
                    format.money(last == null ? java.math.BigDecimal.ZERO : last.moneySaved()))).append('\n');
            body.append(texts.text(language, "notifications.schedule.digest.last-three-months",
                    format.shortMonth(dashboard.lastThreeMonths().getFirst()), format.shortMonth(dashboard.lastThreeMonths().getLast()),
                    hours(format, dashboard.hoursLastThreeMonths()), format.money(dashboard.moneyLastThreeMonths()))).append('\n');
            body.append(texts.text(language, "notifications.schedule.digest.whole-months")).append('\n');
        }

        body.append('\n').append(texts.text(language, "notifications.schedule.digest.alerts", dashboard.alerts().size())).append('\n');
        for (KpiAlert alert : dashboard.alerts()) {
            body.append("• ").append(alert.solutionReference()).append(": ").append(texts.text(language, alert.message()))
                    .append(" (").append(format.date(alert.since())).append(")\n");
        }

        List<DesignRecordSummary> waiting = designs.records(tenant.id()).stream().filter(r -> r.status() == DesignStatus.IN_REVIEW).toList();
        body.append('\n').append(texts.text(language, "notifications.schedule.digest.approvals", waiting.size())).append('\n');
        for (DesignRecordSummary record : waiting) {
            body.append("• ").append(record.reference()).append(" · ").append(record.title()).append(": ")
                    .append(portal.link(ShellNavigation.designRecordPath(tenant.slug(), record.number()))).append('\n');
        }

        List<Campaign> open = campaigns.campaigns(tenant.id()).stream().filter(Campaign::open).toList();
        body.append('\n').append(texts.text(language, "notifications.schedule.digest.audit", open.size())).append('\n');
        for (Campaign campaign : open) {
            body.append("• ").append(campaign.name()).append('\n');
            for (ParticipantProgress progress : campaigns.progress(tenant.id(), campaign.id())) {
                body.append("  – ").append(texts.text(language, "notifications.schedule.digest.participant", progress.displayName(),
                        format.percent(progress.completion(), 0), progress.daysLogged(), progress.workingDaysSoFar())).append('\n');
            }
        }

        body.append('\n').append(portal.link(ShellNavigation.outcomesPath(tenant.slug()))).append("\n\n")
                .append(texts.text(language, "notifications.mail.why", texts.text(language, NotificationKind.WEEKLY_DIGEST.textKey())))
                .append('\n').append(mailChoices.unsubscribeLink(to.personId(), NotificationKind.WEEKLY_DIGEST)).append('\n');
        return new Mail(to.email(), texts.text(language, "notifications.schedule.digest.subject", tenant.name(), format.date(weekOf)),
                body.toString());
    }

    private static String hours(TenantFormat format, java.math.BigDecimal hours) {
        return format.number(hours, OutcomePrecision.HOURS) + " h";
    }
}
