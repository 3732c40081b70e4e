package studio.smartwork.portal.audit;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a group of a campaign's time: a process, a team, the people without a team,
 * or the groups too small to be shown on their own folded together. Computed like a task's
 * (see {@link AuditAnalysis}): monthly figures scaled from the window, automatable hours and
 * value summed over the group's tasks each with its own suitability. {@code people} is null
 * where the viewer sees only aggregates, and for folded groups.
 *
 * @param name the process's or team's name; null for the groups the page names in the reader's language
 */
public record AnalysisGroup(
        Kind kind,
        @Nullable String name,
        @Nullable Integer people,
        long minutesTotal,
        long occurrencesTotal,
        BigDecimal monthlyHours,
        BigDecimal automatableHoursPerMonth,
        BigDecimal monthlyCost,
        BigDecimal automatableValuePerMonth) {

    /** What the group is: one with a name, the time of the people who have no team, or small groups folded together. */
    public enum Kind {
        NAMED,
        NO_TEAM,
        FOLDED
    }

    /** Several groups as one, with their totals. */
    static AnalysisGroup folded(Iterable<AnalysisGroup> groups) {
        long minutes = 0;
        long occurrences = 0;
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal automatableHours = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        for (AnalysisGroup group : groups) {
            minutes += group.minutesTotal();
            occurrences += group.occurrencesTotal();
            hours = hours.add(group.monthlyHours());
            automatableHours = automatableHours.add(group.automatableHoursPerMonth());
            cost = cost.add(group.monthlyCost());
            value = value.add(group.automatableValuePerMonth());
        }
        return new AnalysisGroup(Kind.FOLDED, null, null, minutes, occurrences, hours, automatableHours, cost, value);
    }

    AnalysisGroup withoutPeople() {
        return new AnalysisGroup(kind, name, null, minutesTotal, occurrencesTotal, monthlyHours, automatableHoursPerMonth,
                monthlyCost, automatableValuePerMonth);
    }
}
