package studio.smartwork.portal.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.audit.internal.CampaignEntity;
import studio.smartwork.portal.audit.internal.CampaignRepository;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.shared.EnteredDates;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenant.TenantService;

/**
 * Audit campaigns: their window, who is invited, open or closed, and how far each
 * participant has logged. Consultants run campaigns; executives follow completion;
 * staff see the campaigns they are invited to.
 */
@Service
public class AuditCampaigns {

    static final int MAX_NAME = 120;

    private final CampaignRepository campaigns;
    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final TenantService tenants;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditCampaigns(CampaignRepository campaigns, TenantScope tenantScope, JdbcClient jdbc, TenantService tenants,
            ActivityLog activity, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.campaigns = campaigns;
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.activity = activity;
        this.clock = clock;
    }

    /** The campaigns the person may see, newest window first. */
    public List<Campaign> campaigns(TenantId tenant) {
        return tenantScope.read(tenant, session -> campaigns.findByTenantIdOrderByStartsOnDescIdDesc(tenant.value()).stream()
                .filter(c -> session.role() != TenantRole.STAFF
                        || AuditAccess.isParticipant(jdbc, c.id(), session.actor().personId()))
                .map(AuditAccess::toCampaign)
                .toList());
    }

    public Campaign campaign(TenantId tenant, long campaignId) {
        return tenantScope.read(tenant, session -> AuditAccess.toCampaign(AuditAccess.campaign(session, campaigns, jdbc, campaignId)));
    }

    /** The tenant's staff and executives, who can be invited to a campaign. */
    public List<AuditPerson> invitablePeople(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            AuditAccess.requireConsultant(session);
            return members(tenant);
        });
    }

    /** Creates a campaign ({@code campaignId} null) or changes its name, window and participants. */
    public Campaign save(TenantId tenant, @Nullable Long campaignId, @Nullable String name, @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn, Collection<Long> participantIds) {
        return tenantScope.write(tenant, session -> {
            AuditAccess.requireConsultant(session);
            String trimmed = name == null ? "" : name.trim();
            new InvalidInputException.Collector()
                    .check(!trimmed.isEmpty() && trimmed.length() <= MAX_NAME, "name", "audit.name.length", MAX_NAME)
                    .check(EnteredText.isLine(trimmed), "name", EnteredText.LINE)
                    .check(startsOn != null, "startsOn", "audit.campaign.starts-on.missing")
                    .check(endsOn != null, "endsOn", "audit.campaign.ends-on.missing")
                    .check(EnteredDates.isStorable(startsOn), "startsOn", "audit.campaign.starts-on.storable")
                    .check(EnteredDates.isStorable(endsOn), "endsOn", "audit.campaign.ends-on.storable")
                    .check(startsOn == null || endsOn == null || !endsOn.isBefore(startsOn), "endsOn", "audit.campaign.ends-before-start")
                    .throwIfAny();
            if (jdbc.sql("select audit_working_days(:s, :e)").param("s", startsOn).param("e", endsOn).query(Integer.class).single() == 0) {
                throw InvalidInputException.of("endsOn", "audit.campaign.no-working-day");
            }
            Set<Long> allowed = new LinkedHashSet<>(members(tenant).stream().map(AuditPerson::personId).toList());
            if (!allowed.containsAll(participantIds)) {
                throw InvalidInputException.of("participants", "audit.campaign.participants.not-members");
            }
            CampaignEntity campaign;
            if (campaignId == null) {
                campaign = campaigns.saveAndFlush(new CampaignEntity(tenant.value(), trimmed, startsOn, endsOn));
                activity.record(session, "audit.activity.campaign-started", trimmed);
            } else {
                campaign = AuditAccess.campaign(session, campaigns, jdbc, campaignId);
                if (!campaign.open() && (!campaign.startsOn().equals(startsOn) || !campaign.endsOn().equals(endsOn))) {
                    throw new NotAllowedException("audit.campaign.closed-window", campaign.name());
                }
                campaign.change(trimmed, startsOn, endsOn);
                campaigns.saveAndFlush(campaign);
                activity.record(session, "audit.activity.campaign-changed", trimmed);
            }
            setParticipants(session, campaign.id(), participantIds);
            return AuditAccess.toCampaign(campaign);
        });
    }

    /**
     * Closes a campaign (no more logging by staff; its figures are final and keep the working
     * days per month in force now) or opens it again (its figures are provisional again).
     */
    public Campaign setOpen(TenantId tenant, long campaignId, boolean open) {
        return tenantScope.write(tenant, session -> {
            AuditAccess.requireConsultant(session);
            CampaignEntity campaign = AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            if (open) {
                campaign.reopen();
            } else if (campaign.open()) {
                Instant now = Instant.now(clock);
                campaign.close(tenants.find(tenant).orElseThrow(TenantNotFoundException::new).settings().workingDaysPerMonth(), now);
                events.publishEvent(new CampaignClosed(tenant, campaign.id(), campaign.name(), now));
            }
            campaigns.saveAndFlush(campaign);
            activity.record(session, open ? "audit.activity.campaign-reopened" : "audit.activity.campaign-closed", campaign.name());
            return AuditAccess.toCampaign(campaign);
        });
    }

    /** Whether the signed-in person is invited to log time in this campaign. */
    public boolean logsTimeIn(TenantId tenant, long campaignId) {
        return tenantScope.read(tenant, session -> {
            AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            return AuditAccess.isParticipant(jdbc, campaignId, session.actor().personId());
        });
    }

    public List<Long> participantIds(TenantId tenant, long campaignId) {
        return tenantScope.read(tenant, session -> {
            AuditAccess.requireSeesResults(session);
            AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            return jdbc.sql("select person_id from audit_participant where campaign_id = :c order by person_id")
                    .param("c", campaignId).query(Long.class).list();
        });
    }

    /**
     * Completion per participant: days with entries among the working days of the window
     * up to today in the tenant's time zone (capped at the window's end). For consultants
     * and executives: it says how much was logged, never what.
     */
    public List<ParticipantProgress> progress(TenantId tenant, long campaignId) {
        return tenantScope.read(tenant, session -> {
            AuditAccess.requireSeesResults(session);
            CampaignEntity campaign = AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            LocalDate today = LocalDate.now(clock.withZone(tenants.find(tenant).orElseThrow(TenantNotFoundException::new)
                    .settings().timeZone()));
            LocalDate cap = today.isAfter(campaign.endsOn()) ? campaign.endsOn() : today;
            // The days each person logged come from audit_logged_day, kept with the entries
            // (changeset 260): a few rows per person, not a big campaign's million entries.
            return jdbc.sql("""
                    with logged as (
                        select person_id, count(*) as days_logged from audit_logged_day
                        where campaign_id = :campaign and entry_date between :start and :cap and entries > 0
                          and extract(isodow from entry_date) < 6
                        group by person_id
                    )
                    select p.person_id, pe.display_name, coalesce(l.days_logged, 0) as days_logged,
                           audit_working_days(:start, :cap) as working_days
                    from audit_participant p
                    join person pe on pe.id = p.person_id
                    left join logged l on l.person_id = p.person_id
                    where p.campaign_id = :campaign
                    order by pe.display_name
                    """)
                    .param("start", campaign.startsOn()).param("cap", cap).param("campaign", campaignId)
                    .query((rs, n) -> new ParticipantProgress(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                    .list();
        });
    }

    private void setParticipants(TenantSession session, long campaignId, Collection<Long> participantIds) {
        if (participantIds.isEmpty()) {
            jdbc.sql("delete from audit_participant where campaign_id = :c").param("c", campaignId).update();
        } else {
            jdbc.sql("delete from audit_participant where campaign_id = :c and person_id not in (:ids)")
                    .param("c", campaignId).param("ids", List.copyOf(participantIds)).update();
        }
        for (Long personId : participantIds) {
            addParticipant(jdbc, session.tenant(), campaignId, personId);
        }
    }

    static void addParticipant(JdbcClient jdbc, TenantId tenant, long campaignId, long personId) {
        jdbc.sql("""
                insert into audit_participant (tenant_id, campaign_id, person_id) values (:t, :c, :p)
                on conflict (campaign_id, person_id) do nothing
                """).param("t", tenant.value()).param("c", campaignId).param("p", personId).update();
    }

    private List<AuditPerson> members(TenantId tenant) {
        return jdbc.sql("""
                select pe.id, pe.display_name, pe.email, m.role from membership m
                join person pe on pe.id = m.person_id
                where m.tenant_id = :t and m.role in ('STAFF', 'EXECUTIVE')
                order by pe.display_name
                """).param("t", tenant.value())
                .query((rs, n) -> new AuditPerson(rs.getLong(1), rs.getString(2), rs.getString(3), TenantRole.valueOf(rs.getString(4))))
                .list();
    }
}
