package studio.smartwork.portal.audit;

import java.util.List;

/** A campaign's analysis: its tasks ranked by automatable value per month, highest first. */
public record Analysis(Campaign campaign, int workingDaysInWindow, int workingDaysPerMonth, boolean withPeople,
        List<TaskAnalysis> tasks) {
}
