package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.LiveTimer;
import studio.smartwork.portal.audit.TaskCatalogue;
import studio.smartwork.portal.shell.CampaignPanels;
import studio.smartwork.portal.tenant.TenantAccess;

/** The live timer on the overview, for a campaign the person logs time in: start it without opening the log page. */
@Service
class TimerOnOverview implements CampaignPanels {

    private final LiveTimer timer;
    private final AuditCampaigns campaigns;
    private final TaskCatalogue catalogue;

    TimerOnOverview(LiveTimer timer, AuditCampaigns campaigns, TaskCatalogue catalogue) {
        this.timer = timer;
        this.campaigns = campaigns;
        this.catalogue = catalogue;
    }

    @Override
    public Optional<Component> forCampaign(TenantAccess access, long campaignId) {
        Campaign campaign = campaigns.campaign(access.tenant().id(), campaignId);
        // The timer is for a campaign the person logs time in: executives see campaigns they were not invited to.
        if (!campaign.open() || !access.role().isClient() || !campaigns.logsTimeIn(access.tenant().id(), campaignId)) {
            return Optional.empty();
        }
        return Optional.of(new TimerPanel(timer, access, campaign, catalogue.tasks(access.tenant().id()), () -> {
        }));
    }
}
