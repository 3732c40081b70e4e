package studio.smartwork.portal.audit;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a consultant fills in to promote tasks to an automation candidate, or to change one. */
public record NewCandidate(@Nullable String title, @Nullable BigDecimal potentialPercent, @Nullable Effort effort,
        @Nullable String note, List<Long> taskIds) {
}
