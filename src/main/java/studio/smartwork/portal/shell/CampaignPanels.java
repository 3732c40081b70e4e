package studio.smartwork.portal.shell;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * What a feature puts on a client's overview next to a campaign the person logs time in — the
 * audit's live timer — without the overview knowing that feature's views.
 */
public interface CampaignPanels {

    /** The part for this campaign and person, or nothing if they have none. */
    Optional<Component> forCampaign(TenantAccess access, long campaignId);
}
