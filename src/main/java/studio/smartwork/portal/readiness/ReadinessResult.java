package studio.smartwork.portal.readiness;

import java.time.Instant;
import java.util.Set;

/** The latest self-check of a tenant: which signs apply, who answered, and when. */
public record ReadinessResult(Set<ReadinessSign> signs, String answeredBy, Instant answeredAt) {

    /** Three or more signs is the method's warning level. */
    public static final int WARNING_THRESHOLD = 3;

    public boolean isWarning() {
        return signs.size() >= WARNING_THRESHOLD;
    }
}
