package studio.smartwork.portal.webhooks.internal;

import java.io.Serializable;

/**
 * The job queue's data for one attempt: whose delivery, and which attempt of which series it
 * is meant to be. A job that no longer matches the delivery (sent again meanwhile, or its
 * endpoint turned off and on) does nothing, so a job left behind never calls twice.
 */
public record DeliveryJob(long tenantId, long deliveryId, int series, int attempt) implements Serializable {

    /** Unique per attempt, so planning the same attempt twice (a job run again after a crash) plans it once. */
    String instanceId() {
        return tenantId + "-" + deliveryId + "-" + series + "-" + attempt;
    }
}
