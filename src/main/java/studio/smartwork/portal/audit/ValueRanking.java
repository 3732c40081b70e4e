package studio.smartwork.portal.audit;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The analysis's ranking at a glance (the chart above the analysis): the first tasks by
 * automatable value per month as the analysis ranks them, the tasks after them added up in one
 * line, and the small groups an executive sees folded into one line, exactly as the analysis
 * folded them. Every figure is one of the analysis's; only the lower-ranked tasks are summed.
 *
 * @param first  the highest-ranked tasks, highest first
 * @param rest   the tasks ranked after them, empty when there are none
 * @param folded the analysis's "Other" line of small groups (executives), null when nothing is folded
 */
public record ValueRanking(List<TaskAnalysis> first, List<TaskAnalysis> rest, @Nullable AnalysisGroup folded) {

    /** The automatable value per month of the tasks after the first, together. */
    public BigDecimal restValue() {
        return rest.stream().map(TaskAnalysis::automatableValuePerMonth).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isEmpty() {
        return first.isEmpty() && folded == null;
    }
}
