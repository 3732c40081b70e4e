package studio.smartwork.portal.outcome;

import java.util.List;
import java.util.Map;
import studio.smartwork.portal.design.LiveSolution;

/**
 * What the page where outcomes are recorded shows, read at once: the live and retired
 * solutions, every measurement of their KPIs and every month's run totals. The page then asks
 * nothing more per solution, KPI or month.
 */
public record RecordingPage(List<LiveSolution> solutions, Map<Long, List<Measurement>> measurementsByKpi,
        Map<Long, List<RunTotal>> runTotalsBySolution) {

    /** A KPI's measurements, newest period first. */
    public List<Measurement> measurementsOf(long kpiId) {
        return measurementsByKpi.getOrDefault(kpiId, List.of()).reversed();
    }

    /** A solution's run totals, newest month first. */
    public List<RunTotal> runTotalsOf(long recordId) {
        return runTotalsBySolution.getOrDefault(recordId, List.of()).reversed();
    }
}
