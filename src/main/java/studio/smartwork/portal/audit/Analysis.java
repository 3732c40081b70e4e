package studio.smartwork.portal.audit;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's analysis: its tasks ranked by automatable value per month, highest first,
 * with the same figures rolled up by process and by team. Where the viewer sees only
 * aggregates (executives), a task, process or team appears only when at least
 * {@link #SMALLEST_GROUP_SHOWN} people contributed to it; the smaller ones are folded into
 * one line with their totals ({@code otherTasks}, {@link Breakdown#folded()}).
 */
public record Analysis(Campaign campaign, CountedWindow window, boolean withPeople, List<TaskAnalysis> tasks,
        @Nullable AnalysisGroup otherTasks, Breakdown processes, Breakdown teams) {

    /** Fewer people than this in a group would let an executive see a colleague's own time. */
    public static final int SMALLEST_GROUP_SHOWN = 3;

    public int workingDaysInWindow() {
        return window.workingDays();
    }

    public int workingDaysPerMonth() {
        return window.workingDaysPerMonth();
    }

    public boolean provisional() {
        return window.provisional();
    }

    public @Nullable LocalDate countedThrough() {
        return window.countedThrough();
    }

    /**
     * The ranking at a glance: the first {@code count} tasks as ranked here, the rest added up,
     * and the folded line of small groups as it is (docs/product.md, "Analysis at a glance").
     * A single task left over is shown by its name rather than as "1 more task".
     */
    public ValueRanking ranking(int count) {
        int shown = tasks.size() <= count + 1 ? tasks.size() : count;
        return new ValueRanking(tasks.subList(0, shown), tasks.subList(shown, tasks.size()), otherTasks);
    }
}
