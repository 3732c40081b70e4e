package studio.smartwork.portal.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's figures by process or by team, highest automatable value first: the groups
 * shown one by one, and the small ones folded into one line where the viewer sees only
 * groups of {@link Analysis#SMALLEST_GROUP_SHOWN} people or more (null when nothing is folded).
 */
public record Breakdown(List<AnalysisGroup> shown, @Nullable AnalysisGroup folded) {
}
