package studio.smartwork.portal.design;

import java.time.Instant;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * A design record reached a step of its life that people outside the portal follow (a
 * client's ticket system, a chat channel): published inside the tenant's transaction of the
 * change, so a listener that writes rows writes them only if the change is kept.
 *
 * @param revision the revision the step is about: submitted, decided on, or put live
 */
public record DesignRecordEvent(TenantId tenant, Step step, long recordId, int number, String title, int revision, Instant at) {

    public String reference() {
        return DesignRecordSummary.reference(number);
    }

    public enum Step {
        SUBMITTED,
        APPROVED,
        CHANGES_REQUESTED,
        LIVE
    }
}
