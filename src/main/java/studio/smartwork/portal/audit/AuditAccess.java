package studio.smartwork.portal.audit;

import studio.smartwork.portal.audit.internal.CampaignEntity;
import studio.smartwork.portal.audit.internal.CampaignRepository;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantSession;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may do what in the time audit; one place, used by every audit service. */
final class AuditAccess {

    private AuditAccess() {
    }

    /** Runs audits: campaigns, the catalogue, imports, candidates. */
    static void requireConsultant(TenantSession session) {
        if (!session.role().isConsultancy()) {
            throw new NotAllowedException("audit.refused.consultancy-only");
        }
    }

    /** Results (completion, analysis, candidates) are for consultants and executives, never staff. */
    static void requireSeesResults(TenantSession session) {
        if (session.role() == TenantRole.STAFF) {
            throw new NotAllowedException("audit.refused.results-for-executives");
        }
    }

    /** Logging time is for the client people invited to the campaign. */
    static void requireParticipant(TenantSession session, JdbcClient jdbc, CampaignEntity campaign) {
        if (!session.role().isClient() || !isParticipant(jdbc, campaign.id(), session.actor().personId())) {
            throw new NotAllowedException("audit.refused.participants-only", campaign.name());
        }
    }

    static boolean isParticipant(JdbcClient jdbc, long campaignId, long personId) {
        return jdbc.sql("select count(*) from audit_participant where campaign_id = :c and person_id = :p")
                .param("c", campaignId).param("p", personId).query(Long.class).single() > 0;
    }

    /**
     * The campaign, if the person may see it: consultants and executives see all of the
     * tenant's campaigns, staff only those they are invited to; anything else is not found.
     */
    static CampaignEntity campaign(TenantSession session, CampaignRepository campaigns, JdbcClient jdbc, long campaignId) {
        CampaignEntity campaign = campaigns.findByIdAndTenantId(campaignId, session.tenant().value())
                .orElseThrow(TenantNotFoundException::new);
        if (session.role() == TenantRole.STAFF && !isParticipant(jdbc, campaignId, session.actor().personId())) {
            throw new TenantNotFoundException();
        }
        return campaign;
    }

    static Campaign toCampaign(CampaignEntity entity) {
        return new Campaign(entity.id(), entity.name(), entity.startsOn(), entity.endsOn(), entity.open());
    }
}
