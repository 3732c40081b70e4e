package studio.smartwork.portal.audit;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One task's figures over a campaign, at full precision (see {@link AuditAnalysis} for the
 * formulas). {@code people} is null for viewers who see only aggregates by task;
 * {@code suitability} is zero and {@code traits} null when nobody rated the task's traits;
 * {@code friction} is null when nobody rated it.
 */
public record TaskAnalysis(
        long taskId,
        String process,
        String task,
        @Nullable Integer people,
        long minutesTotal,
        long occurrencesTotal,
        BigDecimal monthlyHours,
        BigDecimal monthlyOccurrences,
        BigDecimal minutesPerOccurrence,
        @Nullable TraitAverages traits,
        BigDecimal suitability,
        BigDecimal automatableHoursPerMonth,
        BigDecimal hourlyCost,
        BigDecimal monthlyCost,
        BigDecimal automatableValuePerMonth,
        @Nullable BigDecimal friction) {

    /** Whether anybody rated the traits suitability is computed from. */
    public boolean rated() {
        return traits != null;
    }

    public String label() {
        return process + " · " + task;
    }

    TaskAnalysis withoutPeople() {
        return new TaskAnalysis(taskId, process, task, null, minutesTotal, occurrencesTotal, monthlyHours, monthlyOccurrences,
                minutesPerOccurrence, traits, suitability, automatableHoursPerMonth, hourlyCost, monthlyCost,
                automatableValuePerMonth, friction);
    }

    AnalysisGroup asGroup() {
        return new AnalysisGroup(AnalysisGroup.Kind.NAMED, label(), people, minutesTotal, occurrencesTotal, monthlyHours, automatableHoursPerMonth,
                monthlyCost, automatableValuePerMonth);
    }
}
